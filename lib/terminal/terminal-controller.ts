// One lesson terminal's logic without a UI: runs lines one at a time, answers prompts, queues type-ahead, saves state.
import type { LastAwsCall } from '../shell/commands/why';
import type {
  CreateSandboxOptions,
  ExecutionRecord,
  HostCommand,
  PromptRequest,
  Sandbox,
  SandboxSetup,
  SandboxSnapshot,
} from '../shell/types';
import { assembleLine, InputQueue } from './input-queue';
import { appendLine, appendNotice, appendOutput, emptyLog, type OutputLog } from './output-log';
import { continuationPrompt, promptFor } from './prompt';
import { clearSavedState, loadSavedState, saveState, type KeyValueStorage } from './saved-state';
import { restoreScrollback, saveScrollback } from './scrollback';

/** What the terminal is doing: starting the engine, waiting at the prompt, running, asking a question. */
/**
 * A start failure a learner can act on (the engine's code could not be downloaded, …): its message completes
 * "The sandbox could not start: …". Any other error is internal and its text is not shown.
 */
export class SandboxStartError extends Error {}

export type SessionMode = 'loading' | 'idle' | 'running' | 'prompting' | 'failed';

/** The part of the engine (`lib/shell`) the terminal needs; loaded lazily, so passed in as a loader. */
export interface TerminalEngine {
  createSandbox(options: CreateSandboxOptions): Promise<Sandbox>;
  /** The saved snapshot when valid, else null. */
  parseSnapshot(value: unknown): SandboxSnapshot | null;
  /** The newest `aws` call explained (what `why` prints), for the "Why?" panel; absent: no panel data. */
  explainLastAwsCall?(records: readonly ExecutionRecord[]): LastAwsCall | null;
}

export interface TerminalControllerOptions {
  storageKey: string;
  storage: () => KeyValueStorage | null | undefined;
  loadEngine: () => Promise<TerminalEngine>;
  /** The files and variables of a fresh sandbox (the exercise's setup). */
  freshSetup: () => Promise<SandboxSetup | undefined>;
  onOpenEditor(path: string): void;
}

/** Everything a view renders; a new object after every change (compare by identity). */
export interface TerminalView {
  log: OutputLog;
  mode: SessionMode;
  /** The text in front of the input: the shell prompt, `> `, or the question being asked. */
  prompt: string;
  notices: string[];
  /** Lines typed ahead, waiting for the shell. */
  queued: number;
  /** The question a running command is asking, for a live region; `id` changes with each question. */
  question: { id: number; text: string } | null;
  /** The newest `aws` call of this sandbox, explained (the "Why?" panel); a new object only for a new call. */
  lastAwsCall: LastAwsCall | null;
}

const HOME = '/home/learner';
const RESTORED = 'Restored after a reload: the lines above are from your last visit.';
const NEW_SESSION =
  'New session: your files are still here, but every variable (exported or not) is gone, as after closing a terminal and opening a new one.';

/** The terminal's state machine; a view subscribes and calls the methods from its key handlers. */
export class TerminalController {
  private view: TerminalView = {
    log: emptyLog(),
    mode: 'loading',
    prompt: promptFor(HOME, HOME),
    notices: [],
    queued: 0,
    question: null,
    lastAwsCall: null,
  };
  private readonly listeners = new Set<() => void>();
  private readonly stateListeners = new Set<(snapshot: SandboxSnapshot) => void>();
  private readonly hostCommands = new Map<string, HostCommand>();
  private readonly installed = new WeakMap<Sandbox, Set<string>>();
  private readonly noticeShown = new Set<string>();
  private readonly queue = new InputQueue();
  private engine: TerminalEngine | null = null;
  private box: Sandbox | null = null;
  private pending: string | null = null;
  private answer: ((line: string | null) => void) | null = null;
  private asking: PromptRequest | null = null;
  private abort: AbortController | null = null;
  private questions = 0;
  private starting: Promise<void> | null = null;

  constructor(private readonly options: TerminalControllerOptions) {}

  /** The current view state (stable until the next change). */
  state = (): TerminalView => this.view;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts the engine and restores the saved state (or starts fresh, with a notice when it was damaged). Once. */
  start(): Promise<void> {
    this.starting ??= this.firstStart();
    return this.starting;
  }

  private async firstStart(): Promise<void> {
    try {
      await this.startSandbox(false);
    } catch (error) {
      const reason =
        error instanceof SandboxStartError ? error.message.replace(/\.$/, '') : 'an internal error';
      this.update({
        mode: 'failed',
        log: appendNotice(
          this.view.log,
          `The sandbox could not start: ${reason}. Reload the page to try again.`,
        ),
      });
    }
  }

  sandbox(): Sandbox | null {
    return this.box;
  }

  /** Submits a line (Enter): the answer to the question being asked, or a line for the shell (queued while busy). */
  submit(line: string): void {
    if (this.view.mode === 'prompting' && this.answer) {
      const answer = this.answer;
      const question = this.asking;
      this.answer = null;
      this.asking = null;
      this.update({
        log: appendOutput(
          this.view.log,
          `${question?.prompt ?? ''}${question?.echo === false ? '' : line}\n`,
          'stdout',
        ),
        prompt: '',
        mode: 'running',
        question: null,
      });
      answer(line);
      return;
    }
    this.queue.push(line);
    this.update({ queued: this.queue.size });
    if (this.view.mode === 'idle') void this.runQueued();
  }

  /** Ctrl+C with the text that was in the input: cancels the question or command, or drops the line. */
  interrupt(currentText: string): void {
    this.queue.clear();
    const { mode } = this.view;
    if (mode === 'prompting' || mode === 'running') {
      const question = this.asking;
      const echo = question ? `${question.prompt}${currentText}^C\n` : '^C\n';
      this.update({ queued: 0, log: appendOutput(this.view.log, echo, 'stdout'), question: null });
      this.abort?.abort();
      const answer = this.answer;
      this.answer = null;
      this.asking = null;
      if (answer) {
        this.update({ mode: 'running' });
        answer(null);
      }
      return;
    }
    const log = this.echoCommand(`${currentText}^C`);
    this.pending = null;
    this.update({ queued: 0, log, prompt: this.shellPrompt() });
  }

  /** Prints completion candidates under the line, like bash on a second Tab. */
  showCandidates(currentText: string, candidates: string[]): void {
    this.update({ log: appendOutput(this.echoCommand(currentText), candidates.join('  ') + '\n', 'stdout') });
  }

  clearScreen(): void {
    this.update({ log: emptyLog() });
  }

  dismissNotice(index: number): void {
    this.update({ notices: this.view.notices.filter((_, i) => i !== index) });
  }

  /** "Reset sandbox": forgets the saved state and starts a fresh sandbox. */
  async reset(): Promise<void> {
    this.abort?.abort();
    this.answer?.(null);
    this.answer = null;
    this.asking = null;
    this.queue.clear();
    clearSavedState(this.options.storage, this.options.storageKey);
    this.update({
      queued: 0,
      question: null,
      mode: 'loading',
      log: appendNotice(emptyLog(), 'The sandbox was reset: files, variables and history start over.'),
    });
    await this.startSandbox(true);
    this.persist();
  }

  /** "New session": keeps files and history, drops every variable. */
  newSession(): void {
    if (!this.box || this.view.mode !== 'idle') return;
    this.box.newSession();
    this.pending = null;
    this.update({ log: appendNotice(this.view.log, NEW_SESSION), prompt: this.shellPrompt() });
    this.persist();
  }

  /** Saves the sandbox and scrollback, and tells state listeners (after each command and each editor save). */
  persist(): void {
    if (!this.box) return;
    const snapshot = this.box.snapshot();
    const { storage, storageKey } = this.options;
    const outcome = saveState(storage, storageKey, snapshot, undefined, saveScrollback(this.view.log));
    if (!outcome.ok) this.notice(outcome.notice);
    for (const listener of this.stateListeners) listener(snapshot);
  }

  /** Adds a command such as `check` to the live sandbox (no rebuild); returns a function that removes it. */
  registerHostCommand(name: string, command: HostCommand): () => void {
    this.hostCommands.set(name, command);
    if (this.box) this.install(this.box, name);
    return () => {
      if (this.hostCommands.get(name) === command) this.hostCommands.delete(name);
    };
  }

  /** Called after each command and each save, with the new snapshot; returns the unsubscribe function. */
  onStateChange(listener: (snapshot: SandboxSnapshot) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  private update(change: Partial<TerminalView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }

  private notice(text: string): void {
    if (this.noticeShown.has(text)) return;
    this.noticeShown.add(text);
    this.update({ notices: [...this.view.notices, text] });
  }

  /** The newest aws call explained; the current object when it is still the same call (views compare identity). */
  private explainLastCall(): LastAwsCall | null {
    const records = this.box?.records() ?? [];
    const next = this.engine?.explainLastAwsCall?.(records) ?? null;
    const current = this.view.lastAwsCall;
    if (next && current && next.seq === current.seq && next.commandLine === current.commandLine)
      return current;
    return next;
  }

  private shellPrompt(): string {
    return this.pending !== null ? continuationPrompt : promptFor(this.box?.cwd() ?? HOME, HOME);
  }

  private echoCommand(text: string): OutputLog {
    return appendLine(this.view.log, 'command', [
      { text: this.shellPrompt(), style: { bold: true } },
      { text, style: {} },
    ]);
  }

  /** A removed host command answers like a missing one; the sandbox keeps a dispatcher per name. */
  private install(box: Sandbox, name: string): void {
    const names = this.installed.get(box) ?? new Set<string>();
    this.installed.set(box, names);
    if (names.has(name)) return;
    names.add(name);
    box.addHostCommand(name, (args, context) => {
      const command = this.hostCommands.get(name);
      if (!command)
        return Promise.resolve({ stdout: '', stderr: `bash: ${name}: command not found\n`, exitCode: 127 });
      return command(args, context);
    });
  }

  private async startSandbox(fresh: boolean): Promise<void> {
    const engine = this.engine ?? (await this.options.loadEngine());
    this.engine = engine;
    let snapshot: SandboxSnapshot | undefined;
    let log: OutputLog | null = null;
    if (!fresh) {
      const loaded = loadSavedState(
        this.options.storage,
        this.options.storageKey,
        (value) => engine.parseSnapshot(value),
        (value) => restoreScrollback(value, RESTORED) !== null,
      );
      if (loaded.status === 'restored') {
        snapshot = loaded.snapshot;
        log = loaded.scrollback === undefined ? null : restoreScrollback(loaded.scrollback, RESTORED);
      } else if (loaded.status !== 'empty') this.notice(loaded.notice);
    }
    let box: Sandbox;
    try {
      box = await engine.createSandbox(snapshot ? { snapshot } : { ...(await this.options.freshSetup()) });
    } catch (error) {
      if (!snapshot) throw error;
      this.notice('The saved sandbox could not be restored, so a fresh sandbox was started.');
      log = null;
      box = await engine.createSandbox({ ...(await this.options.freshSetup()) });
    }
    for (const name of this.hostCommands.keys()) this.install(box, name);
    this.box = box;
    this.pending = null;
    if (log && log.lines.length > 0) this.update({ log: mergeLogs(log, this.view.log) });
    this.update({ prompt: this.shellPrompt(), mode: 'idle', lastAwsCall: this.explainLastCall() });
    const current = box.snapshot();
    for (const listener of this.stateListeners) listener(current);
    await this.runQueued();
  }

  private readLine = (request: PromptRequest): Promise<string | null> => {
    const typedAhead = this.queue.take();
    if (typedAhead !== undefined) {
      const echo = `${request.prompt}${request.echo ? typedAhead : ''}\n`;
      this.update({ queued: this.queue.size, log: appendOutput(this.view.log, echo, 'stdout') });
      return Promise.resolve(typedAhead);
    }
    return new Promise((resolve) => {
      this.asking = request;
      this.answer = resolve;
      this.update({
        prompt: request.prompt,
        mode: 'prompting',
        question: { id: ++this.questions, text: request.prompt.trim() },
      });
    });
  };

  /** Runs queued lines one after another until the queue is empty or a line needs more input. */
  private async runQueued(): Promise<void> {
    while (this.view.mode === 'idle') {
      const line = this.queue.take();
      this.update({ queued: this.queue.size });
      if (line === undefined) return;
      await this.runLine(line);
    }
  }

  private async runLine(line: string): Promise<void> {
    const box = this.box;
    if (!box) return;
    const log = this.echoCommand(line);
    const assembled = assembleLine(this.pending, line, (input) => box.isComplete(input));
    if (assembled.kind === 'more') {
      this.pending = assembled.pending;
      this.update({ log, prompt: continuationPrompt });
      return;
    }
    this.pending = null;
    if (assembled.command.trim() === '') {
      this.update({ log, prompt: this.shellPrompt() });
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.update({ log, mode: 'running' });
    try {
      const result = await box.run(assembled.command, { readLine: this.readLine, signal: abort.signal });
      let next = this.view.log;
      for (const effect of result.effects) {
        if (effect.type === 'clear') next = emptyLog();
        if (effect.type === 'open-editor') this.options.onOpenEditor(effect.path);
      }
      next = appendOutput(appendOutput(next, result.stdout, 'stdout'), result.stderr, 'stderr');
      this.update({ log: next.open ? { ...next, open: false } : next });
    } catch (error) {
      console.error(error); // for whoever debugs the engine; the learner reads the notice
      this.update({
        log: appendNotice(
          this.view.log,
          'The sandbox failed to run this command (an internal error). Your files and history are kept.',
        ),
      });
    } finally {
      this.abort = null;
      this.asking = null;
      this.answer = null;
      this.update({ question: null, lastAwsCall: this.explainLastCall() });
      this.persist();
      this.update({ prompt: this.shellPrompt(), mode: 'idle' });
    }
  }
}

/** The restored lines first, then whatever was printed while the engine loaded (with fresh ids). */
function mergeLogs(restored: OutputLog, current: OutputLog): OutputLog {
  let nextId = restored.nextId;
  const lines = [...restored.lines, ...current.lines.map((line) => ({ ...line, id: nextId++ }))];
  return { ...current, lines, nextId, removed: current.removed };
}
