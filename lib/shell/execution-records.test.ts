// Execution records: what ran, with the argv, environment, cwd, status and context real bash would give it.
import { describe, expect, test, vi } from 'vitest';
import type { AwsCallRecord } from './types';
import { createSandbox, parseSnapshot } from './index';
import { MAX_EXECUTION_RECORDS } from './types';

const awsRecord: AwsCallRecord = {
  service: 'sts',
  operation: 'get-caller-identity',
  profile: 'dev',
  credentialSource: 'shared-credentials-file',
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  identityArn: 'arn:aws:iam::123456789012:user/dev',
  region: 'eu-west-1',
  output: 'json',
  outcome: 'ok',
};

// The simulated CLI is replaced for `aws record-me`, so the pass-through is tested without lib/aws filling it.
vi.mock('../aws/run-aws', async (original) => {
  const real = await original<typeof import('../aws/run-aws')>();
  return {
    ...real,
    runAws: async (invocation: Parameters<typeof real.runAws>[0]) =>
      invocation.argv[0] === 'record-me'
        ? { stdout: 'ok\n', stderr: '', exitCode: 0, record: awsRecord }
        : invocation.argv[0] === 'no-record'
          ? { stdout: '', stderr: '', exitCode: 0 }
          : real.runAws(invocation),
  };
});

async function run(lines: string[]) {
  const sandbox = await createSandbox();
  for (const line of lines) await sandbox.run(line);
  return { sandbox, records: sandbox.records() };
}

describe('what is recorded', () => {
  test('argv after expansion, exported environment with prefix assignments, cwd, status, history line', async () => {
    const { records } = await run([
      'p=example_1; export AWS_PROFILE=$p; SECRET=x',
      'cd /tmp; AWS_REGION=eu-west-1 printenv "$p" HOME',
    ]);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      seq: 0,
      historyIndex: 1,
      argv: ['printenv', 'example_1', 'HOME'],
      cwd: '/tmp',
      exitCode: 1,
      subshell: false,
      pipeline: false,
      functions: [],
      sourcedFrom: [],
    });
    expect(record?.env).toMatchObject({ AWS_PROFILE: 'example_1', AWS_REGION: 'eu-west-1', PWD: '/tmp' });
    expect(record?.env.SECRET).toBeUndefined();
    expect(record?.env.p).toBeUndefined();
  });

  test('builtins and functions themselves are not programs: only what they run is recorded', async () => {
    const { records } = await run(['echo hi; export X=1; cd /; true', 'f() { env >/dev/null; }; f']);
    expect(records.map((r) => r.argv[0])).toEqual(['env']);
    expect(records[0]?.functions).toEqual(['f']);
  });

  test('a command that is not found is recorded with status 127', async () => {
    const { records } = await run(['awz sts get-caller-identity']);
    expect(records[0]).toMatchObject({ argv: ['awz', 'sts', 'get-caller-identity'], exitCode: 127 });
  });
});

describe('context', () => {
  test('pipeline elements, ( … ), $( … ) and child shells are subshells; the plain command is not', async () => {
    const { records } = await run([
      'printenv HOME | cat',
      '( printenv HOME )',
      'x=$(printenv HOME)',
      "bash -c 'printenv HOME'",
      'printenv HOME',
    ]);
    const flags = records.map((r) => [r.argv[0], r.historyIndex, r.subshell, r.pipeline]);
    expect(flags).toEqual([
      ['printenv', 0, true, true],
      ['cat', 0, true, true],
      ['printenv', 1, true, false],
      ['printenv', 2, true, false],
      ['bash', 3, false, false],
      ['printenv', 3, true, false],
      ['printenv', 4, false, false],
    ]);
  });

  test('functions it ran inside, outermost first, across lines', async () => {
    const { records } = await run(['inner() { printenv HOME; }', 'outer() { inner; }', 'outer']);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ functions: ['outer', 'inner'], historyIndex: 2 });
  });

  test('env runs its program in a child with the environment env built', async () => {
    const { records } = await run(['env AWS_PROFILE=x printenv AWS_PROFILE']);
    expect(records.map((r) => r.argv[0])).toEqual(['env', 'printenv']);
    expect(records[1]?.env.AWS_PROFILE).toBe('x');
    expect(records[0]?.env.AWS_PROFILE).toBeUndefined();
  });
});

describe('source and .', () => {
  test('a source record holds the resolved path and the final values it set and exported', async () => {
    const { records } = await run([
      "printf 'A=1\\nexport B=2\\nA=3\\nprintenv B\\n' > ~/vars.sh",
      'export KEEP=1; cd /tmp',
      'source ~/vars.sh',
      '. ../home/learner/vars.sh',
    ]);
    const sources = records.filter((r) => r.source);
    expect(sources[0]).toMatchObject({
      argv: ['source', '/home/learner/vars.sh'],
      exitCode: 0,
      source: { path: '/home/learner/vars.sh', existed: true, set: { A: '3', B: '2' }, exported: { B: '2' } },
    });
    // The second time nothing changes value and nothing new is exported.
    expect(sources[1]?.source).toEqual({
      path: '/home/learner/vars.sh',
      existed: true,
      set: {},
      exported: {},
    });
    const inside = records.find((r) => r.argv[0] === 'printenv');
    expect(inside?.sourcedFrom).toEqual(['/home/learner/vars.sh']);
    expect(inside?.seq).toBeGreaterThan(sources[0]?.seq ?? Infinity);
  });

  test('a missing file is recorded as not existing', async () => {
    const { records } = await run(['source nothing-here']);
    expect(records[0]).toMatchObject({
      exitCode: 1,
      source: { path: 'nothing-here', existed: false, set: {}, exported: {} },
    });
  });

  test('nested sources name every file, outermost first', async () => {
    const { records } = await run([
      "echo 'printenv HOME' > ~/inner.sh; echo '. ~/inner.sh' > ~/.bashrc",
      'source ~/.bashrc',
    ]);
    expect(records.find((r) => r.argv[0] === 'printenv')?.sourcedFrom).toEqual([
      '/home/learner/.bashrc',
      '/home/learner/inner.sh',
    ]);
  });
});

describe('aws', () => {
  test("the simulated CLI's record is copied onto the aws record", async () => {
    const { records } = await run(['export AWS_PROFILE=dev', 'aws record-me']);
    expect(records[0]).toMatchObject({
      argv: ['aws', 'record-me'],
      aws: awsRecord,
      env: { AWS_PROFILE: 'dev' },
    });
  });

  test('without a record from the CLI, aws is left undefined', async () => {
    const { records } = await run(['aws no-record']);
    expect(records[0]?.argv).toEqual(['aws', 'no-record']);
    expect(records[0]?.aws).toBeUndefined();
  });

  test('the real CLI records even a usage error', async () => {
    const { records } = await run(['aws --version', 'aws nope']);
    expect(records[0]?.aws).toMatchObject({ outcome: 'ok' });
    expect(records[1]?.aws).toMatchObject({ outcome: 'usage-error' });
  });
});

describe('lifetime', () => {
  test(`only the last ${MAX_EXECUTION_RECORDS} are kept; seq keeps counting`, async () => {
    const { records } = await run(['for i in $(seq 1 520); do printenv HOME >/dev/null; done']);
    // `seq` itself is the first record.
    expect(records).toHaveLength(MAX_EXECUTION_RECORDS);
    expect(records[0]?.seq).toBe(21);
    expect(records.at(-1)?.seq).toBe(520);
  });

  test('records survive a snapshot; seq continues; newSession keeps them (they are what ran)', async () => {
    const { sandbox } = await run(['printenv HOME']);
    const saved = JSON.parse(JSON.stringify(sandbox.snapshot()));
    expect(saved.records).toHaveLength(1);
    const parsed = parseSnapshot(saved);
    if (!parsed.ok) throw new Error(parsed.error);
    const restored = await createSandbox({ snapshot: parsed.snapshot });
    restored.newSession();
    await restored.run('printenv USER');
    expect(restored.records().map((r) => [r.seq, r.historyIndex, r.argv.join(' ')])).toEqual([
      [0, 0, 'printenv HOME'],
      [1, 1, 'printenv USER'],
    ]);
  });

  test('a saved state without records loads with none', async () => {
    const { sandbox } = await run(['printenv HOME']);
    const { records: _dropped, ...old } = JSON.parse(JSON.stringify(sandbox.snapshot()));
    const parsed = parseSnapshot(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.snapshot.records).toBeUndefined();
    expect((await createSandbox({ snapshot: parsed.snapshot })).records()).toEqual([]);
  });
});
