// The buttons of lesson code blocks ("Copy", "Run in terminal"): static markup, one listener for the page.
'use client';
import { useEffect } from 'react';
import { listTerminals, terminalNear } from './terminal/terminal-bus';

/** Marks a code block's button; the value says which action (see CodeBlock.tsx and CodeFigure.tsx). */
export const CODE_ACTION_ATTRIBUTE = 'data-code-action';

async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Older browsers and plain-http hosts: a hidden textarea and execCommand.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/** The button's visible label and the status text beside it (a live region). */
function show(button: HTMLElement, label: string | null, status: string): void {
  const labelElement = button.querySelector('[data-label]');
  if (labelElement && label !== null) labelElement.textContent = label;
  const region = button.nextElementSibling;
  if (region?.getAttribute('role') === 'status') region.textContent = status;
}

const codeOf = (pre: Element) => (pre.textContent ?? '').replace(/\n$/, '');

async function copy(button: HTMLElement): Promise<void> {
  const pre = button.closest('.code-block')?.querySelector('pre');
  if (!pre) return;
  try {
    await writeClipboard(codeOf(pre));
    button.dataset.status = 'copied';
    show(button, 'Copied', 'Code copied to the clipboard');
  } catch {
    button.dataset.status = 'failed';
    show(button, 'Copy failed', 'Could not copy the code');
  }
  window.setTimeout(() => {
    button.dataset.status = 'idle';
    show(button, 'Copy', '');
  }, 2000);
}

function runInTerminal(button: HTMLElement): void {
  const block = button.closest('figure, .code-block');
  const pre = block?.querySelector('pre');
  if (!block || !pre) return;
  const terminal = terminalNear(block) ?? listTerminals()[0];
  if (!terminal) {
    show(button, null, 'There is no terminal on this page.');
    return;
  }
  terminal.placeInput(codeOf(pre));
}

/** Renders nothing; handles clicks on every code block button of the page. */
export function CodeBlockActions() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const button = (event.target as Element | null)?.closest<HTMLElement>(
        `button[${CODE_ACTION_ATTRIBUTE}]`,
      );
      const action = button?.getAttribute(CODE_ACTION_ATTRIBUTE);
      if (!button || !action) return;
      if (action === 'copy') void copy(button);
      if (action === 'run') runInTerminal(button);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  return null;
}
