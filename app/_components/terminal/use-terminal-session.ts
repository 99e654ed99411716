// The terminal's engine side: loads the sandbox, runs lines one at a time, answers prompts, saves state.
'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  appendLine,
  appendNotice,
  appendOutput,
  assembleLine,
  clearSavedState,
  continuationPrompt,
  emptyLog,
  InputQueue,
  loadSavedState,
  promptFor,
  saveState,
  type OutputLog,
} from '@/lib/terminal';
import type { HostCommand, PromptRequest, Sandbox, SandboxSetup, SandboxSnapshot } from '@/lib/shell/types';
import { loadEngine, validateSnapshot, type Engine } from './engine';

export type SessionMode = 'loading' | 'idle' | 'running' | 'prompting' | 'failed';

export interface SessionOptions {
  storageKey: string;
  /** Initial files and environment of a fresh sandbox (the exercise's setup). */
  setup?: SandboxSetup;
  /** The exercise whose setup a fresh sandbox gets when `setup` is absent. */
  exerciseId?: string;
  onOpenEditor(path: string): void;
}

const HOME = '/home/learner';

/** The setup of a fresh sandbox: the given one, else the exercise's (loaded with the engine, not before). */
async function exerciseSetup(options: SessionOptions): Promise<SandboxSetup | undefined> {
  if (options.setup || !options.exerciseId || typeof window === 'undefined') return options.setup;
  const { getExercise } = await import('@/exercises');
  return getExercise(options.exerciseId)?.setup;
}
const storage = () => window.localStorage;

/** Everything the view needs from a running terminal. */
export interface TerminalSession {
  log: OutputLog;
  mode: SessionMode;
  /** The text in front of the input: the shell prompt, `> `, or the question being asked. */
  prompt: string;
  notices: string[];
  queued: number;
  /** Submits the input's line (Enter). */
  submit(line: string): void;
  /** Ctrl+C with the text that was in the input. */
  interrupt(currentText: string): void;
  /** Prints completion candidates under the line, like bash on a second Tab. */
  showCandidates(currentText: string, candidates: string[]): void;
  clearScreen(): void;
  reset(): Promise<void>;
  newSession(): void;
  dismissNotice(index: number): void;
  /** After the editor saved a file. */
  persist(): void;
  sandbox(): Sandbox | null;
  registerHostCommand(name: string, command: HostCommand): () => void;
  onStateChange(listener: (snapshot: SandboxSnapshot) => void): () => void;
}

export function useTerminalSession(options: SessionOptions): TerminalSession {
  const [log, setLog] = useState<OutputLog>(emptyLog);
  const [mode, setModeState] = useState<SessionMode>('loading');
  const [prompt, setPrompt] = useState(promptFor(HOME, HOME));
  const [notices, setNotices] = useState<string[]>([]);
  const [queued, setQueued] = useState(0);
  const optionsRef = useRef(options);
  optionsRef.current = options;

  // Mutable engine state: read and written by async flows, never rendered directly.
  const state = useRef({
    engine: null as Engine | null,
    sandbox: null as Sandbox | null,
    mode: 'loading',
    pending: null as string | null,
    queue: new InputQueue(),
    answer: null as ((line: string | null) => void) | null,
    question: null as PromptRequest | null,
    abort: null as AbortController | null,
    hostCommands: new Map<string, HostCommand>(),
    listeners: new Set<(snapshot: SandboxSnapshot) => void>(),
    noticeShown: new Set<string>(),
  }).current;

  const setMode = useCallback(
    (next: SessionMode) => {
      state.mode = next;
      setModeState(next);
    },
    [state],
  );

  const notice = useCallback(
    (text: string) => {
      if (state.noticeShown.has(text)) return;
      state.noticeShown.add(text);
      setNotices((list) => [...list, text]);
    },
    [state],
  );

  const shellPrompt = useCallback(
    () => (state.pending !== null ? continuationPrompt : promptFor(state.sandbox?.cwd() ?? HOME, HOME)),
    [state],
  );

  const hostCommandTable = useCallback((): Record<string, HostCommand> => {
    const table: Record<string, HostCommand> = {};
    for (const name of state.hostCommands.keys()) {
      table[name] = (args, context) => {
        const command = state.hostCommands.get(name);
        if (!command)
          return Promise.resolve({ stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 });
        return command(args, context);
      };
    }
    return table;
  }, [state]);

  const persist = useCallback(() => {
    const sandbox = state.sandbox;
    if (!sandbox) return;
    const snapshot = sandbox.snapshot();
    const outcome = saveState(storage, optionsRef.current.storageKey, snapshot);
    if (!outcome.ok) notice(outcome.notice);
    for (const listener of state.listeners) listener(snapshot);
  }, [state, notice]);

  const readLine = useCallback(
    (request: PromptRequest): Promise<string | null> => {
      const typedAhead = state.queue.take();
      setQueued(state.queue.size);
      if (typedAhead !== undefined) {
        setLog((l) => appendOutput(l, `${request.prompt}${request.echo ? typedAhead : ''}\n`, 'stdout'));
        return Promise.resolve(typedAhead);
      }
      return new Promise((resolve) => {
        state.question = request;
        state.answer = resolve;
        setPrompt(request.prompt);
        setMode('prompting');
      });
    },
    [state, setMode],
  );

  const runLine = useCallback(
    async (line: string): Promise<void> => {
      const sandbox = state.sandbox;
      if (!sandbox) return;
      // Read the prompt now: React runs state updaters later, after `pending` has changed.
      const shown = shellPrompt();
      setLog((l) =>
        appendLine(l, 'command', [
          { text: shown, style: { bold: true } },
          { text: line, style: {} },
        ]),
      );
      const assembled = assembleLine(state.pending, line, (input) => sandbox.isComplete(input));
      if (assembled.kind === 'more') {
        state.pending = assembled.pending;
        setPrompt(continuationPrompt);
        return;
      }
      state.pending = null;
      if (assembled.command.trim() === '') {
        setPrompt(shellPrompt());
        return;
      }
      const abort = new AbortController();
      state.abort = abort;
      setMode('running');
      try {
        const result = await sandbox.run(assembled.command, { readLine, signal: abort.signal });
        let cleared = false;
        for (const effect of result.effects) {
          if (effect.type === 'clear') cleared = true;
          if (effect.type === 'open-editor') optionsRef.current.onOpenEditor(effect.path);
        }
        setLog((l) => {
          let next = cleared ? emptyLog() : l;
          next = appendOutput(next, result.stdout, 'stdout');
          next = appendOutput(next, result.stderr, 'stderr');
          return next.open ? { ...next, open: false } : next;
        });
      } catch (error) {
        setLog((l) => appendNotice(l, `The sandbox failed to run this command: ${String(error)}`));
      } finally {
        state.abort = null;
        state.question = null;
        state.answer = null;
        persist();
        setPrompt(shellPrompt());
        setMode('idle');
      }
    },
    [state, readLine, persist, shellPrompt, setMode],
  );

  const runNext = useCallback(async (): Promise<void> => {
    // Runs queued lines one after another until the queue is empty or a line needs more input.
    while (state.mode === 'idle') {
      const line = state.queue.take();
      setQueued(state.queue.size);
      if (line === undefined) return;
      await runLine(line);
    }
  }, [state, runLine]);

  const startSandbox = useCallback(
    async (fresh: boolean) => {
      const engine = state.engine ?? (await loadEngine());
      state.engine = engine;
      let snapshot: SandboxSnapshot | undefined;
      if (!fresh) {
        const loaded = loadSavedState(storage, optionsRef.current.storageKey, (v) =>
          validateSnapshot(engine, v),
        );
        if (loaded.status === 'restored') snapshot = loaded.snapshot;
        else if (loaded.status !== 'empty') notice(loaded.notice);
      }
      const setup = snapshot ? undefined : await exerciseSetup(optionsRef.current);
      let sandbox: Sandbox;
      try {
        sandbox = await engine.createSandbox({ ...setup, snapshot, hostCommands: hostCommandTable() });
      } catch {
        if (!snapshot) throw new Error('The sandbox could not start.');
        notice('The saved sandbox could not be restored, so a fresh sandbox was started.');
        const fresh = await exerciseSetup(optionsRef.current);
        sandbox = await engine.createSandbox({ ...fresh, hostCommands: hostCommandTable() });
      }
      state.sandbox = sandbox;
      state.pending = null;
      setPrompt(shellPrompt());
      setMode('idle');
      for (const listener of state.listeners) listener(sandbox.snapshot());
      await runNext();
    },
    [state, notice, hostCommandTable, shellPrompt, setMode, runNext],
  );

  useEffect(() => {
    startSandbox(false).catch((error: unknown) => {
      setMode('failed');
      setLog((l) =>
        appendNotice(l, `The sandbox could not start: ${String(error)}. Reload the page to try again.`),
      );
    });
  }, [startSandbox, setMode]);

  const submit = useCallback(
    (line: string) => {
      if (state.mode === 'prompting' && state.answer) {
        const question = state.question;
        const answer = state.answer;
        state.answer = null;
        state.question = null;
        setLog((l) =>
          appendOutput(l, `${question?.prompt ?? ''}${question?.echo === false ? '' : line}\n`, 'stdout'),
        );
        setPrompt('');
        setMode('running');
        answer(line);
        return;
      }
      state.queue.push(line);
      setQueued(state.queue.size);
      if (state.mode === 'idle') void runNext();
    },
    [state, setMode, runNext],
  );

  const interrupt = useCallback(
    (currentText: string) => {
      state.queue.clear();
      setQueued(0);
      if (state.mode === 'prompting' || state.mode === 'running') {
        const question = state.question;
        if (question) setLog((l) => appendOutput(l, `${question.prompt}${currentText}^C\n`, 'stdout'));
        else setLog((l) => appendOutput(l, '^C\n', 'stdout'));
        state.abort?.abort();
        const answer = state.answer;
        state.answer = null;
        state.question = null;
        if (answer) {
          setMode('running');
          answer(null);
        }
        return;
      }
      const shown = shellPrompt();
      setLog((l) =>
        appendLine(l, 'command', [
          { text: shown, style: { bold: true } },
          { text: `${currentText}^C`, style: {} },
        ]),
      );
      state.pending = null;
      setPrompt(shellPrompt());
    },
    [state, setMode, shellPrompt],
  );

  const showCandidates = useCallback(
    (currentText: string, candidates: string[]) => {
      const shown = shellPrompt();
      setLog((l) => {
        let next = appendLine(l, 'command', [
          { text: shown, style: { bold: true } },
          { text: currentText, style: {} },
        ]);
        next = appendOutput(next, candidates.join('  ') + '\n', 'stdout');
        return next;
      });
    },
    [shellPrompt],
  );

  const reset = useCallback(async () => {
    state.abort?.abort();
    state.answer?.(null);
    state.queue.clear();
    setQueued(0);
    clearSavedState(storage, optionsRef.current.storageKey);
    setLog(appendNotice(emptyLog(), 'The sandbox was reset: files, variables and history start over.'));
    setMode('loading');
    await startSandbox(true);
    persist();
  }, [state, setMode, startSandbox, persist]);

  const newSession = useCallback(() => {
    const sandbox = state.sandbox;
    if (!sandbox || state.mode !== 'idle') return;
    sandbox.newSession();
    state.pending = null;
    setLog((l) =>
      appendNotice(
        l,
        'New session: your files are still here, but every variable (exported or not) is gone, as after closing a terminal and opening a new one.',
      ),
    );
    setPrompt(shellPrompt());
    persist();
  }, [state, shellPrompt, persist]);

  const registerHostCommand = useCallback(
    (name: string, command: HostCommand) => {
      const isNew = !state.hostCommands.has(name);
      state.hostCommands.set(name, command);
      const rebuild = async () => {
        const { engine, sandbox } = state;
        if (!engine || !sandbox || state.mode !== 'idle') return;
        state.sandbox = await engine.createSandbox({
          snapshot: sandbox.snapshot(),
          hostCommands: hostCommandTable(),
        });
      };
      if (isNew) void rebuild();
      return () => {
        if (state.hostCommands.get(name) === command) state.hostCommands.delete(name);
      };
    },
    [state, hostCommandTable],
  );

  return {
    log,
    mode,
    prompt,
    notices,
    queued,
    submit,
    interrupt,
    showCandidates,
    clearScreen: () => setLog(emptyLog()),
    reset,
    newSession,
    dismissNotice: (index) => setNotices((list) => list.filter((_, i) => i !== index)),
    persist,
    sandbox: () => state.sandbox,
    registerHostCommand,
    onStateChange: (listener) => {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
  };
}
