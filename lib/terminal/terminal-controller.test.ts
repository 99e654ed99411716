import { describe, expect, test } from 'vitest';
import { createSandbox, explainLastAwsCall, parseSnapshot } from '../shell';
import { lineText } from './output-log';
import type { KeyValueStorage } from './saved-state';
import {
  SandboxStartError,
  TerminalController,
  type TerminalEngine,
  type TerminalControllerOptions,
} from './terminal-controller';

class MemoryStorage implements KeyValueStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const engine: TerminalEngine = {
  createSandbox,
  parseSnapshot: (value) => {
    const parsed = parseSnapshot(value);
    return parsed.ok ? parsed.snapshot : null;
  },
  explainLastAwsCall,
};

/** A controller whose engine arrives when `ready()` is called (like the lazily loaded chunk). */
function make(storage = new MemoryStorage(), extra: Partial<TerminalControllerOptions> = {}) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const opened: string[] = [];
  const controller = new TerminalController({
    storageKey: 'k',
    storage: () => storage,
    loadEngine: () => gate.then(() => engine),
    freshSetup: () => Promise.resolve({ files: { '~/hello.txt': 'hi\n' } }),
    onOpenEditor: (path) => opened.push(path),
    ...extra,
  });
  const started = controller.start();
  return { controller, storage, opened, ready: () => (release(), started) };
}

const text = (c: TerminalController) => c.state().log.lines.map(lineText);
/** Resolves once the controller is back at the prompt (or asking). */
function settled(c: TerminalController, mode: 'idle' | 'prompting' = 'idle'): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (c.state().mode === mode && c.state().queued === 0) {
        stop();
        resolve();
      }
    };
    const stop = c.subscribe(check);
    check();
  });
}

describe('TerminalController', () => {
  test('lines entered while the engine loads run in order once it is ready', async () => {
    const { controller, ready } = make();
    expect(controller.state().mode).toBe('loading');
    controller.submit('echo one');
    controller.submit('cat hello.txt');
    expect(controller.state().queued).toBe(2);
    await ready();
    await settled(controller);
    expect(text(controller)).toEqual([
      'learner@skillshell:~$ echo one',
      'one',
      'learner@skillshell:~$ cat hello.txt',
      'hi',
    ]);
  });

  test('aws configure: each question is announced, answered, echoed, and the files are written', async () => {
    const { controller, ready } = make();
    await ready();
    controller.submit('aws configure');
    await settled(controller, 'prompting');
    expect(controller.state().prompt).toBe('AWS Access Key ID [None]: ');
    const first = controller.state().question;
    expect(first?.text).toBe('AWS Access Key ID [None]:');
    controller.submit('AKIAIOSFODNN7EXAMPLE');
    expect(controller.state().question).toBeNull();
    await settled(controller, 'prompting');
    expect(controller.state().question?.text).toBe('AWS Secret Access Key [None]:');
    expect(controller.state().question?.id).not.toBe(first?.id);
    controller.submit('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    await settled(controller, 'prompting');
    controller.submit('us-west-2');
    await settled(controller, 'prompting');
    controller.submit('json');
    await settled(controller);
    expect(text(controller)).toContain('AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE');
    expect(controller.sandbox()?.readFile('~/.aws/config')).toContain('region = us-west-2');
    expect(controller.state().question).toBeNull();
  });

  test('Ctrl+C at a question cancels the command and shows what was typed', async () => {
    const { controller, ready } = make();
    await ready();
    controller.submit('aws configure');
    await settled(controller, 'prompting');
    controller.interrupt('AKIA');
    await settled(controller);
    expect(text(controller)).toContain('AWS Access Key ID [None]: AKIA^C');
    expect(controller.sandbox()?.readFile('~/.aws/credentials')).toBeNull();
  });

  test('a host command is added to the live sandbox: shell functions survive, removal means not found', async () => {
    const { controller, ready } = make();
    await ready();
    controller.submit('greet() { echo "hello $1"; }');
    await settled(controller);
    const remove = controller.registerHostCommand('check', () =>
      Promise.resolve({ stdout: 'checked\n', stderr: '', exitCode: 0 }),
    );
    controller.submit('greet you; check');
    await settled(controller);
    expect(text(controller).slice(-2)).toEqual(['hello you', 'checked']);
    remove();
    controller.submit('check');
    await settled(controller);
    expect(text(controller).at(-1)).toBe('bash: check: command not found');
  });

  test('a host command registered before the engine is ready is there once it is', async () => {
    const { controller, ready } = make();
    controller.registerHostCommand('check', () =>
      Promise.resolve({ stdout: 'ok\n', stderr: '', exitCode: 0 }),
    );
    controller.submit('check');
    await ready();
    await settled(controller);
    expect(text(controller).at(-1)).toBe('ok');
  });

  test('an open quote continues on the next line with the > prompt', async () => {
    const { controller, ready } = make();
    await ready();
    controller.submit('echo "a');
    await settled(controller);
    expect(controller.state().prompt).toBe('> ');
    controller.submit('b"');
    await settled(controller);
    expect(text(controller).slice(-3)).toEqual(['learner@skillshell:~$ echo "a', '> b"', 'a', 'b'].slice(-3));
    expect(controller.state().prompt).toBe('learner@skillshell:~$ ');
  });

  test('a reload restores files, the prompt and the recent scrollback, marked as restored', async () => {
    const first = make();
    await first.ready();
    first.controller.submit('mkdir work && cd work && echo saved > f.txt && cat f.txt');
    await settled(first.controller);
    const second = make(first.storage);
    await second.ready();
    expect(second.controller.state().prompt).toBe('learner@skillshell:~/work$ ');
    expect(text(second.controller)).toEqual([
      'learner@skillshell:~$ mkdir work && cd work && echo saved > f.txt && cat f.txt',
      'saved',
      'Restored after a reload: the lines above are from your last visit.',
    ]);
    expect(second.controller.state().notices).toEqual([]);
  });

  test('the saved scrollback is bounded', async () => {
    const first = make();
    await first.ready();
    first.controller.submit('seq 1 5000');
    await settled(first.controller);
    const saved = JSON.parse(first.storage.getItem('k') ?? '') as { scrollback: { lines: unknown[] } };
    expect(saved.scrollback.lines.length).toBeLessThanOrEqual(200);
    const second = make(first.storage);
    await second.ready();
    expect(text(second.controller).at(-2)).toBe('5000');
  });

  test('damaged scrollback: a fresh sandbox with the damaged-state notice, nothing restored', async () => {
    const storage = new MemoryStorage();
    const first = make(storage);
    await first.ready();
    first.controller.submit('touch mine.txt');
    await settled(first.controller);
    const saved = JSON.parse(storage.getItem('k') ?? '') as Record<string, unknown>;
    storage.setItem('k', JSON.stringify({ ...saved, scrollback: { lines: [{ kind: 'html', spans: [] }] } }));
    const second = make(storage);
    await second.ready();
    expect(second.controller.state().notices[0]).toMatch(/could not be read .* fresh sandbox/);
    expect(second.controller.sandbox()?.readFile('~/mine.txt')).toBeNull();
    expect(second.controller.sandbox()?.readFile('~/hello.txt')).toBe('hi\n');
    expect(text(second.controller)).toEqual([]);
  });

  test('nano asks the view to open the editor; reset starts over and forgets the saved state', async () => {
    const { controller, ready, opened, storage } = make();
    await ready();
    controller.submit('nano notes.txt');
    await settled(controller);
    expect(opened).toEqual(['/home/learner/notes.txt']);
    controller.submit('touch gone.txt');
    await settled(controller);
    await controller.reset();
    expect(controller.sandbox()?.readFile('~/gone.txt')).toBeNull();
    expect(text(controller)).toEqual(['The sandbox was reset: files, variables and history start over.']);
    const saved = JSON.parse(storage.getItem('k') ?? '') as { snapshot: { history: unknown[] } };
    expect(saved.snapshot.history).toEqual([]);
  });

  test('an engine that fails to load leaves the terminal failed with a readable notice', async () => {
    const controller = new TerminalController({
      storageKey: 'k',
      storage: () => new MemoryStorage(),
      loadEngine: () => Promise.reject(new SandboxStartError('network down')),
      freshSetup: () => Promise.resolve(undefined),
      onOpenEditor: () => undefined,
    });
    await controller.start();
    expect(controller.state().mode).toBe('failed');
    expect(text(controller)).toEqual([
      'The sandbox could not start: network down. Reload the page to try again.',
    ]);
  });

  test("a setup that cannot load says why once; an internal error's text is not shown", async () => {
    const failing = (freshSetup: () => Promise<undefined>) =>
      new TerminalController({
        storageKey: 'k',
        storage: () => new MemoryStorage(),
        loadEngine: () => Promise.resolve(engine),
        freshSetup,
        onOpenEditor: () => undefined,
      });
    const offline = failing(() =>
      Promise.reject(new SandboxStartError('the exercise could not be downloaded.')),
    );
    await offline.start();
    expect(offline.state().mode).toBe('failed');
    expect(text(offline)).toEqual([
      'The sandbox could not start: the exercise could not be downloaded. Reload the page to try again.',
    ]);
    const broken = failing(() =>
      Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")),
    );
    await broken.start();
    expect(text(broken)).toEqual([
      'The sandbox could not start: an internal error. Reload the page to try again.',
    ]);
  });

  test('the view explains the newest aws call, keeps it across other commands and after a reload', async () => {
    const storage = new MemoryStorage();
    const { controller, ready } = make(storage);
    await ready();
    expect(controller.state().lastAwsCall).toBeNull();
    controller.submit('aws s3 ls');
    await settled(controller);
    const first = controller.state().lastAwsCall;
    expect(first?.commandLine).toBe('aws s3 ls');
    expect(first?.explanation?.call.outcome).toBe('no-credentials');
    controller.submit('echo not aws');
    await settled(controller);
    expect(controller.state().lastAwsCall).toBe(first);
    controller.submit(
      'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY aws iam get-user',
    );
    await settled(controller);
    const second = controller.state().lastAwsCall;
    expect(second).not.toBe(first);
    expect(second?.explanation?.authorization?.decision).toBe('allow');
    expect(second?.explanation?.authorization?.action).toBe('iam:GetUser');
    const again = make(storage);
    await again.ready();
    expect(again.controller.state().lastAwsCall?.seq).toBe(second?.seq);
    await controller.reset();
    expect(controller.state().lastAwsCall).toBeNull();
  });

  test('an engine without explanations leaves the panel empty', async () => {
    const bare: TerminalEngine = { createSandbox, parseSnapshot: engine.parseSnapshot };
    const { controller, ready } = make(new MemoryStorage(), { loadEngine: () => Promise.resolve(bare) });
    await ready();
    controller.submit('aws s3 ls');
    await settled(controller);
    expect(controller.state().lastAwsCall).toBeNull();
  });
});
