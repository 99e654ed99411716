// Lines entered in a terminal before React hydrated it: an inline script keeps them, the terminal runs them.

/** Where the inline script leaves the lines, per terminal (its storage key). */
const GLOBAL = '__skillshellEarlyLines';

/** Marks the terminal's input for the inline script; the section carries `data-terminal-key`. */
export const EARLY_INPUT_ATTRIBUTE = 'data-terminal-input';

/**
 * The inline script (in the root layout, hashed into the CSP by scripts/csp.ts). Until a terminal's section
 * says `data-hydrated="true"`, Enter in its input is taken here, in the capture phase on window (before React
 * sees it): the line is kept for the terminal and the input cleared, as the shell reads it.
 */
export const EARLY_INPUT_SCRIPT = `(function(){var q=window.${GLOBAL}=window.${GLOBAL}||[];addEventListener("keydown",function(e){if(e.key!=="Enter"||e.shiftKey||e.isComposing)return;var t=e.target;if(!t||!t.matches||!t.matches("input[${EARLY_INPUT_ATTRIBUTE}]"))return;var s=t.closest("section[data-terminal-key]");if(!s||s.getAttribute("data-hydrated")==="true")return;e.preventDefault();e.stopImmediatePropagation();q.push({key:s.getAttribute("data-terminal-key"),line:t.value});t.value="";t.setAttribute("placeholder","Starting the sandbox: your line will run as soon as it is ready")},true)})();`;

interface EarlyLine {
  key: string | null;
  line: string;
}

/**
 * Marks the terminal hydrated (so the script stops taking its Enter) and returns the lines it kept, oldest
 * first. Call once React's handlers are attached: until then the script takes every Enter, after it none,
 * so no line is lost or run twice. The input's placeholder stays until the sandbox is ready (React owns it).
 */
export function takeEarlyLines(section: HTMLElement, key: string): string[] {
  section.setAttribute('data-hydrated', 'true');
  const queue = (window as unknown as Record<string, EarlyLine[] | undefined>)[GLOBAL];
  if (!queue) return [];
  const mine = queue.filter((entry) => entry.key === key).map((entry) => entry.line);
  const others = queue.filter((entry) => entry.key !== key);
  queue.length = 0;
  queue.push(...others);
  return mine;
}
