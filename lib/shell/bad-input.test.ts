// Hostile and malformed input: a clear message, the session still usable, nothing in the home lost.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CpuGuard } from './cpu-guard';
import { createSandbox } from './index';

async function withNotes() {
  const sandbox = await createSandbox({ files: { '~/notes.txt': { content: 'keep me\n', mode: 0o600 } } });
  await sandbox.run('export KEEP=1; cd /tmp');
  return sandbox;
}

async function expectIntact(sandbox: Awaited<ReturnType<typeof createSandbox>>) {
  expect(sandbox.readFile('~/notes.txt')).toBe('keep me\n');
  expect(sandbox.fileMode('~/notes.txt')).toBe(0o600);
  expect(await sandbox.run('echo "$KEEP $(pwd)"')).toMatchObject({ stdout: '1 /tmp\n', exitCode: 0 });
}

describe('bad input', () => {
  test('a 1 MB line is refused with a clear message', async () => {
    const sandbox = await withNotes();
    const result = await sandbox.run(`echo ${'a'.repeat(1024 * 1024)}`);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toMatch(/^skillshell: command not run: it is \d+ bytes long/);
    await expectIntact(sandbox);
  });

  test('endless loops and a fork bomb stop with a skillshell message', async () => {
    const sandbox = await withNotes();
    for (const line of ['while true; do :; done', 'for ((;;)); do :; done', ':(){ :|:& };:']) {
      const result = await sandbox.run(line);
      expect(result.exitCode).toBe(126);
      expect(result.stderr).toMatch(/^skillshell: command stopped: /);
    }
    await expectIntact(sandbox);
  });

  test('deeply nested command substitutions fail cleanly', async () => {
    const sandbox = await withNotes();
    const result = await sandbox.run(`x=${'$('.repeat(200)}echo${')'.repeat(200)}`);
    expect(result.exitCode).not.toBe(0);
    expect(result.stderr).toContain('nesting limit');
    await expectIntact(sandbox);
  });

  test('unterminated quotes report the missing quote', async () => {
    const sandbox = await withNotes();
    expect(await sandbox.run('echo "abc')).toMatchObject({
      exitCode: 2,
      stderr: 'bash: unexpected EOF while looking for matching `"\'\n',
    });
    await expectIntact(sandbox);
  });

  test('binary and unicode content survive files and snapshots', async () => {
    const sandbox = await withNotes();
    await sandbox.run(
      "printf 'h\\xc3\\xa9llo \\xf0\\x9f\\x99\\x82\\n' > u.txt; head -c 4 /etc/hostname > b.bin",
    );
    expect(sandbox.readFile('/tmp/u.txt')).toBe('héllo 🙂\n');
    const binary = await createSandbox({ snapshot: { ...sandbox.snapshot() } });
    expect(binary.readFile('/tmp/u.txt')).toBe('héllo 🙂\n');
    expect((await sandbox.run('echo héllo 🙂 | wc -m')).stdout).toBe('8\n');
    await expectIntact(sandbox);
  });

  test('a redirect into a missing directory fails like bash', async () => {
    const sandbox = await withNotes();
    expect(await sandbox.run('echo hi > /nope/x')).toMatchObject({
      exitCode: 1,
      stderr: 'bash: /nope/x: No such file or directory\n',
    });
    await expectIntact(sandbox);
  });

  test('malformed ~/.aws files give the CLI a clear error, never a crash', async () => {
    const sandbox = await withNotes();
    const junk = '[default\naws_access_key_id\n\u0000\u0001\u00ff=\n[[x]]\nkey before = section\n';
    sandbox.writeFile('~/.aws/credentials', junk, 0o600);
    sandbox.writeFile('~/.aws/config', '[profile\n= =\n', 0o600);
    for (const line of ['aws configure list', 'aws sts get-caller-identity', 'aws configure get region']) {
      const result = await sandbox.run(line);
      expect(typeof result.exitCode).toBe('number');
      expect(result.stderr + result.stdout).not.toMatch(/TypeError|ReferenceError|at .*\.ts:\d+/);
    }
    expect(sandbox.readFile('~/.aws/credentials')).toBe(junk);
    await expectIntact(sandbox);
  });

  test('huge output is capped at 8 MiB per command with a message', async () => {
    const sandbox = await withNotes();
    const result = await sandbox.run(`x=$(printf '%*s' 3000000 ''); echo "$x"; echo "$x"; echo "$x"`);
    expect(result.exitCode).toBe(126);
    expect(result.stderr).toBe('skillshell: command stopped: total output size exceeded (>8388608 bytes)\n');
    expect(result.stdout.length).toBeLessThanOrEqual(8 * 1024 * 1024);
    await expectIntact(sandbox);
  });

  test('Ctrl+C stops a running command with 130 and nothing printed', async () => {
    const sandbox = await withNotes();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const result = await sandbox.run('sleep 10; echo after', { signal: controller.signal });
    expect(result).toEqual({ stdout: '', stderr: '', exitCode: 130, effects: [] });
    await expectIntact(sandbox);
  });

  test('the CPU guard aborts a run that stays busy past its budget', () => {
    const guard = new CpuGuard(20);
    const signal = guard.start();
    const end = performance.now() + 200;
    while (performance.now() < end && !signal.aborted) guard.tick();
    expect(signal.aborted).toBe(true);
    expect(guard.exceeded).toBe(true);
  });

  test('the CPU guard does not count time spent waiting between steps', async () => {
    const guard = new CpuGuard(50);
    const signal = guard.start();
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
      for (let j = 0; j < 16; j++) guard.tick();
    }
    expect(signal.aborted).toBe(false);
  });
});

describe('fuzzing the session', () => {
  const words = fc.constantFrom(
    'echo',
    'cd',
    'ls',
    'export',
    'unset',
    'X=1',
    '$X',
    '"',
    "'",
    '$(',
    ')',
    '|',
    '&&',
    '||',
    ';',
    '>',
    '<',
    '<<EOF',
    'EOF',
    '\\',
    '{',
    '}',
    'if',
    'then',
    'fi',
    'aws',
    'configure',
    'list',
    'cat',
    '~/notes.txt',
    'rm',
    'nano',
    'history',
    '`',
    '*',
    '#',
    '\n',
    'é',
    '\u0000',
    '🙂',
  );
  const line = fc.oneof(
    fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')),
    fc.string({ maxLength: 40 }),
  );

  test('random lines never throw, always give a status, and leave the session usable', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (lines) => {
        const sandbox = await createSandbox({ files: { '~/notes.txt': 'keep me\n' } });
        for (const input of lines) {
          expect(typeof sandbox.isComplete(input)).toBe('boolean');
          const result = await sandbox.run(input.replace(/\brm\b/g, 'echo'));
          expect(Number.isInteger(result.exitCode)).toBe(true);
          expect(result.exitCode).toBeGreaterThanOrEqual(0);
          expect(result.exitCode).toBeLessThanOrEqual(255);
        }
        sandbox.newSession();
        expect(await sandbox.run('echo alive')).toMatchObject({ stdout: 'alive\n', exitCode: 0 });
        expect(sandbox.readFile('~/notes.txt')).toBe('keep me\n');
      }),
      { numRuns: 60, seed: 20261128 },
    );
  }, 60_000);
});
