// React adapter over lib/terminal's TerminalController: one controller per terminal, its view state as React state.
'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import { SandboxStartError, TerminalController, type TerminalView } from '@/lib/terminal';
import type { SandboxSetup } from '@/lib/shell/types';
import { codeUnavailable, loadEngine, validateSnapshot } from './engine';

export type { SessionMode } from '@/lib/terminal';

export interface SessionOptions {
  storageKey: string;
  /** Initial files and environment of a fresh sandbox (the exercise's setup). */
  setup?: SandboxSetup;
  /** The exercise whose setup a fresh sandbox gets when `setup` is absent. */
  exerciseId?: string;
  onOpenEditor(path: string): void;
}

/** The setup of a fresh sandbox: the given one, else the exercise's (loaded with the engine, not before). */
async function exerciseSetup(options: SessionOptions): Promise<SandboxSetup | undefined> {
  if (options.setup || !options.exerciseId) return options.setup;
  const { loadExercise } = await loadEngine();
  try {
    return (await loadExercise(options.exerciseId))?.setup;
  } catch {
    throw new SandboxStartError(codeUnavailable("the exercise's code"));
  }
}

/** Lets the browser handle input and paint before the next startup step (one long task becomes several). */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The view state plus the controller that changes it. */
export type TerminalSession = TerminalView & { controller: TerminalController };

function createController(options: { current: SessionOptions }): TerminalController {
  return new TerminalController({
    storageKey: options.current.storageKey,
    storage: () => window.localStorage,
    loadEngine: async () => {
      const engine = await loadEngine();
      // Each terminal builds its sandbox in a task of its own, after the engine's evaluation.
      await yieldToBrowser();
      return {
        createSandbox: (o) => engine.createSandbox(o),
        parseSnapshot: (v) => validateSnapshot(engine, v),
        explainLastAwsCall: (records) => engine.explainLastAwsCall(records),
      };
    },
    freshSetup: () => exerciseSetup(options.current),
    onOpenEditor: (path) => options.current.onOpenEditor(path),
  });
}

/** The terminal's session; the view calls `controller.start()` when the sandbox is needed (see Terminal.tsx). */
export function useTerminalSession(options: SessionOptions): TerminalSession {
  const optionsRef = useRef(options);
  optionsRef.current = options;
  // One controller per storage key (a new key is a different terminal).
  const [controller, setController] = useState(() => createController(optionsRef));
  const keyRef = useRef(options.storageKey);
  if (keyRef.current !== options.storageKey) {
    keyRef.current = options.storageKey;
    setController(createController(optionsRef));
  }
  const view = useSyncExternalStore(controller.subscribe, controller.state, controller.state);
  return { ...view, controller };
}
