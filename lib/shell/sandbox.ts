// The Sandbox: filesystem, shell session, history, prompt channel and snapshots behind one object.
import type { CustomCommand, ScriptNode } from 'just-bash';
import { defineCommand } from 'just-bash';
import { decodeUtf8 } from './bytes';
import { defaultAccount } from '../aws/default-account';
import type {
  CreateSandboxOptions,
  ExecutionRecord,
  HistoryEntry,
  HostCommand,
  RunOptions,
  RunResult,
  Sandbox,
  SandboxSnapshot,
  SimulatedAccount,
} from './types';
import { VolumeFs } from './volume-fs';
import { resolvePath } from '../posix-path';
import { createBaseVolume, HOME, installCommandStubs, writeFileWithParents, type MemVolume } from './volume';
import { defaultExports, ShellSession, type ShellState } from './session';
import { volumeEntries, volumeFromEntries } from './snapshot';
import { isComplete, pendingHereDoc, unexpectedToken } from './is-complete';
import { bareExports, stdinSites } from './stdin-sites';
import { parseScript } from './parser';
import { abortable, endOfInput, readPrompt, type RunScope } from './run-scope';
import { CpuGuard } from './cpu-guard';
import { ExecutionRecorder } from './execution-records';
import { builtinMessages } from './builtin-messages';
import { chainCommandHooks } from './just-bash-seam';
import { createAwsCommand } from './commands/aws';
import { envCommand, printenvCommand } from './commands/env';
import { clearCommand, editorCommands } from './commands/host-effects';
import { historyCommand } from './commands/history';
import { unavailableCommands } from './commands/unavailable';
import { aliasCommand } from './commands/alias';
import { gnuCommands } from './commands/index';
import { whyCommand } from './commands/why';
import { cleanStderr, fixUnsetMessages } from './messages';

class SandboxImpl implements Sandbox {
  readonly home = HOME;
  readonly account: SimulatedAccount;
  private readonly volume: MemVolume;
  private readonly session: ShellSession;
  private readonly login: ShellState;
  private entries: HistoryEntry[];
  private scope: RunScope | null = null;
  private readonly guard = new CpuGuard();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly recorder: ExecutionRecorder;

  constructor(options: CreateSandboxOptions) {
    const snapshot = options.snapshot;
    this.account = structuredClone(snapshot?.account ?? options.account ?? defaultAccount);
    this.volume = snapshot ? volumeFromEntries(snapshot.files) : createBaseVolume();
    this.entries = snapshot ? snapshot.history.map((e) => ({ ...e })) : [];
    this.recorder = new ExecutionRecorder(snapshot?.records ?? []);
    this.login = {
      exported: { ...defaultExports(), ...(options.env ?? {}) },
      variables: {},
      cwd: HOME,
      lastExitCode: 0,
    };
    if (!snapshot) {
      for (const [path, value] of Object.entries(options.files ?? {})) {
        const file = typeof value === 'string' ? { content: value } : value;
        writeFileWithParents(this.volume, this.absolute(path), file.content, file.mode);
      }
    }
    const initial: ShellState = snapshot
      ? { exported: snapshot.exported, variables: snapshot.variables, cwd: snapshot.cwd, lastExitCode: 0 }
      : { ...this.login, cwd: options.cwd ? this.absolute(options.cwd) : HOME };
    this.session = new ShellSession(new VolumeFs(this.volume), this.commands(options), initial, {
      step: () => this.guard.tick(),
      attach: (handle) => {
        const recording = this.recorder.hooks.attach?.(handle) || {};
        return {
          ...recording,
          command: chainCommandHooks(builtinMessages(handle), recording.command),
          // `read` at the terminal asks through the prompt channel (the next line in a script).
          terminalLine: async (args) => {
            const scope = this.scope;
            return scope ? abortable(scope.readLine, scope.signal)(readPrompt(args)) : null;
          },
        };
      },
    });
    installCommandStubs(this.volume, this.session.commandNames());
  }

  private commands(options: CreateSandboxOptions): CustomCommand[] {
    const scope = () => this.scope;
    const host = Object.entries(options.hostCommands ?? {}).map(([name, run]) =>
      defineCommand(name, async (args, ctx) => run(args, { stdin: decodeUtf8(ctx.stdin), sandbox: this })),
    );
    return [
      createAwsCommand(this.volume, () => this.account, scope),
      envCommand,
      printenvCommand,
      ...gnuCommands,
      clearCommand(scope),
      ...editorCommands(scope),
      historyCommand(
        () => this.entries,
        () => (this.entries = []),
      ),
      whyCommand(() => this.records()),
      ...unavailableCommands(),
      aliasCommand,
      ...host,
    ];
  }

  /** `~/x` and relative paths resolve against HOME; absolute paths are normalised. */
  private absolute(path: string): string {
    if (path === '~') return HOME;
    if (path.startsWith('~/')) return resolvePath(HOME, path.slice(2));
    return resolvePath(HOME, path);
  }

  /** Execution records, oldest first (see execution-records.ts). */
  records(): ExecutionRecord[] {
    return this.recorder.records();
  }

  addHostCommand(name: string, run: HostCommand): void {
    this.session.bash.registerCommand(
      defineCommand(name, async (args, ctx) => run(args, { stdin: decodeUtf8(ctx.stdin), sandbox: this })),
    );
    installCommandStubs(this.volume, [name]);
  }

  run(input: string, options: RunOptions = {}): Promise<RunResult> {
    // One command at a time, like a terminal: a second run waits for the first.
    const next = this.queue.then(() => this.runNow(input, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(input: string, options: RunOptions): Promise<RunResult> {
    const command = input.replace(/\n+$/, '');
    if (command.trim() === '') return { stdout: '', stderr: '', exitCode: 0, effects: [] };
    const entry: HistoryEntry = { command, exitCode: 0 };
    this.entries.push(entry);
    const token = unexpectedToken(command);
    if (token) {
      entry.exitCode = 2;
      this.session.setLastExitCode(2);
      return {
        stdout: '',
        stderr: `bash: syntax error near unexpected token \`${token}'\n`,
        exitCode: 2,
        effects: [],
      };
    }
    const hereDoc = pendingHereDoc(command);
    const warning = hereDoc
      ? `bash: warning: here-document at line ${hereDoc.line} delimited by end-of-file (wanted \`${hereDoc.delimiter}')\n`
      : '';
    // Parsed once here for the analyses below; just-bash parses again when it runs (rawScript).
    const ast = parseOrNull(command);
    const signal = this.guard.start(options.signal);
    this.scope = {
      readLine: options.readLine ?? endOfInput,
      effects: [],
      awsStdinSites: ast ? stdinSites(ast) : [],
      awsCalls: 0,
      signal: options.signal,
      awsRecord: (record) => this.recorder.attachAws(record),
    };
    const effects = this.scope.effects;
    let result: { stdout: string; stderr: string; exitCode: number };
    this.recorder.beginRun(this.entries.length - 1);
    try {
      result = await this.session.exec(command, signal, ast ? bareExports(ast) : new Set());
    } catch (error) {
      result = { stdout: '', stderr: cleanStderr(`bash: ${(error as Error).message}\n`), exitCode: 1 };
      this.session.setLastExitCode(1);
    } finally {
      this.scope = null;
      this.guard.stop();
      this.recorder.endRun();
    }
    const stdout = result.stdout;
    let { stderr, exitCode } = result;
    stderr = cleanStderr(stderr);
    stderr = fixUnsetMessages(command, stderr);
    stderr = warning + stderr;
    if (options.signal?.aborted) {
      // Like Ctrl+C in a terminal: the host echoes ^C, bash itself prints nothing.
      stderr = stderr.replace(/^bash: execution aborted\n/m, '');
      exitCode = 130;
    } else if (this.guard.exceeded) {
      stderr += 'skillshell: command stopped: it used more than 5 seconds of CPU time\n';
      exitCode = 124;
    }
    if (exitCode !== result.exitCode) this.session.setLastExitCode(exitCode);
    entry.exitCode = exitCode;
    return { stdout, stderr, exitCode, effects };
  }

  isComplete(input: string): boolean {
    return isComplete(input);
  }
  cwd(): string {
    return this.session.shellState.cwd;
  }
  exportedEnv(): Record<string, string> {
    return { ...this.session.shellState.exported, PWD: this.cwd() };
  }
  shellVariables(): Record<string, string> {
    return this.session.shellState.variables;
  }
  history(): HistoryEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }
  readFile(path: string): string | null {
    try {
      const abs = this.absolute(path);
      if (!this.volume.statSync(abs).isFile()) return null;
      return this.volume.readFileSync(abs, 'utf8');
    } catch {
      return null;
    }
  }
  writeFile(path: string, content: string, mode?: number): void {
    writeFileWithParents(this.volume, this.absolute(path), content, mode);
  }
  fileMode(path: string): number | null {
    try {
      return Number(this.volume.statSync(this.absolute(path)).mode) & 0o7777;
    } catch {
      return null;
    }
  }
  listDirectory(path: string): string[] | null {
    try {
      const abs = this.absolute(path);
      if (!this.volume.statSync(abs).isDirectory()) return null;
      return this.volume.readdirSync(abs);
    } catch {
      return null;
    }
  }
  snapshot(): SandboxSnapshot {
    const state = this.session.shellState;
    return {
      format: 'skillshell-sandbox',
      version: 1,
      files: volumeEntries(this.volume),
      exported: { ...state.exported },
      variables: { ...state.variables },
      cwd: state.cwd,
      history: this.history(),
      account: structuredClone(this.account),
      records: this.recorder.records(),
    };
  }
  newSession(): void {
    this.session.reset({ ...this.login, exported: { ...this.login.exported } });
  }
}

/** Creates a sandbox: a fresh home (plus `files`, `env`, `cwd`) or exactly the state of `snapshot`. */
/** The input's syntax tree, or null when it does not parse (then nothing of it runs). */
function parseOrNull(input: string): ScriptNode | null {
  try {
    return parseScript(input);
  } catch {
    return null;
  }
}

export async function createSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  return new SandboxImpl(options);
}
