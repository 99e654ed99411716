// A tiny client-side registry of the page's terminals: how the exercise panel and "Run in terminal" reach them.
import { useSyncExternalStore } from 'react';
import type { HostCommand, Sandbox, SandboxSnapshot } from '@/lib/shell/types';

/** What other components may do with a lesson terminal. */
export interface TerminalHandle {
  /** The storage key: one per lesson and exercise. */
  readonly key: string;
  readonly lessonId: string;
  readonly exerciseId?: string;
  /** The terminal's root element (to find the terminal nearest a code block). */
  element(): HTMLElement | null;
  /** The live sandbox, or null while the engine is still loading. */
  sandbox(): Sandbox | null;
  /** The current state as a snapshot, or null while loading. */
  snapshot(): SandboxSnapshot | null;
  /** The question a running program is asking (e.g. `aws configure`'s), or null when the shell waits for a command. */
  question?(): string | null;
  /** Puts text in the input (the learner presses Enter), focuses it and scrolls it into view. */
  placeInput(text: string): void;
  /** Starts over with a fresh sandbox (no confirmation: the caller asks first). */
  reset(): Promise<void>;
  /** Adds a command such as `check`; returns a function that removes it. */
  registerHostCommand(name: string, command: HostCommand): () => void;
  /** Called after each command and each save in the editor, with the new snapshot. */
  onStateChange(listener: (snapshot: SandboxSnapshot) => void): () => void;
}

const terminals: TerminalHandle[] = [];
const subscribers = new Set<() => void>();
let version = 0;

function notify(): void {
  version++;
  for (const subscriber of subscribers) subscriber();
}

/** Called by the Terminal component; returns the unregister function. */
export function registerTerminal(handle: TerminalHandle): () => void {
  terminals.push(handle);
  notify();
  return () => {
    const index = terminals.indexOf(handle);
    if (index >= 0) terminals.splice(index, 1);
    notify();
  };
}

/** Every terminal on the page, in registration order. */
export function listTerminals(): TerminalHandle[] {
  return [...terminals];
}

/** The terminal of an exercise (or the first free terminal when `exerciseId` is undefined). */
export function findTerminal(exerciseId?: string): TerminalHandle | undefined {
  return terminals.find((t) => t.exerciseId === exerciseId);
}

/** Vertical gap in pixels between two elements on the page (0 when they overlap). */
function gap(a: Element, b: Element): number {
  const r = a.getBoundingClientRect();
  const s = b.getBoundingClientRect();
  return Math.max(0, s.top - r.bottom, r.top - s.bottom);
}

/** The terminal nearest `element` on the page, before or after it (a tie goes to the one after). */
export function terminalNear(element: Element): TerminalHandle | undefined {
  let best: { handle: TerminalHandle; distance: number } | undefined;
  for (const handle of terminals) {
    const root = handle.element();
    if (!root) continue;
    const after = Boolean(element.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING);
    const distance = gap(element, root) - (after ? 0.5 : 0);
    if (!best || distance < best.distance) best = { handle, distance };
  }
  return best?.handle;
}

/** Subscribes to terminals appearing and disappearing. */
export function subscribeTerminals(listener: () => void): () => void {
  subscribers.add(listener);
  return () => subscribers.delete(listener);
}

/** React hook: the handle of an exercise's terminal, re-rendering when it appears or goes. */
export function useTerminalHandle(exerciseId?: string): TerminalHandle | undefined {
  useSyncExternalStore(
    subscribeTerminals,
    () => version,
    () => 0,
  );
  return findTerminal(exerciseId);
}
