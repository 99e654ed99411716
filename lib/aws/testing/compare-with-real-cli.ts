// Dev tool: runs scenarios through the real AWS CLI v2 (/usr/bin/aws, throwaway HOME, clean env) and
// through runAws, and prints every difference. Not a test: it needs the real CLI on this machine.
//   npx tsx lib/aws/testing/compare-with-real-cli.ts lib/aws/testing/compare-scenarios.json
import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startAwsStub } from '../../../scripts/aws-stub-server';
import { defaultAccount } from '../default-account';
import { runAws } from '../index';
import { MemoryFileSystem, type FixtureEntry } from './memory-fs';

/** One scenario: files under HOME, exported env (`$HOME` is replaced), the words after `aws`, stdin. */
interface Scenario {
  files?: Record<string, string>;
  env?: Record<string, string>;
  args: string[];
  stdin?: string;
  /** Send requests to the loopback SigV4 stub (needs a region; the flag is not part of args). */
  stub?: boolean;
}

const HOME = '/home/learner';

function listHome(root: string, relative = ''): Record<string, FixtureEntry> {
  const out: Record<string, FixtureEntry> = {};
  for (const name of readdirSync(join(root, relative)).sort()) {
    const path = relative ? `${relative}/${name}` : name;
    const stat = statSync(join(root, path));
    if (stat.isDirectory()) {
      out[path] = { type: 'directory', mode: stat.mode & 0o777 };
      Object.assign(out, listHome(root, path));
    } else out[path] = { content: readFileSync(join(root, path), 'utf8'), mode: stat.mode & 0o777 };
  }
  return out;
}

function runReal(args: string[], env: string[], cwd: string, stdin: string) {
  return new Promise<{ stdout: string; stderr: string; exitCode: number | null }>((resolve) => {
    const child = spawn('env', ['-i', ...env, '/usr/bin/aws', ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (exitCode) => resolve({ stdout, stderr, exitCode }));
    child.stdin.end(stdin);
  });
}

async function compare(scenario: Scenario, stubPort: number): Promise<string[]> {
  const home = mkdtempSync(join(tmpdir(), 'aws-compare-'));
  chmodSync(home, 0o755);
  for (const [path, content] of Object.entries(scenario.files ?? {})) {
    mkdirSync(dirname(join(home, path)), { recursive: true });
    writeFileSync(join(home, path), content);
  }
  const env = { PATH: '/usr/bin:/bin', AWS_EC2_METADATA_DISABLED: 'true', AWS_PAGER: '', ...scenario.env };
  const realEnv = [
    `HOME=${home}`,
    ...Object.entries(env).map(([k, v]) => `${k}=${v.replaceAll('$HOME', home)}`),
  ];
  const extra = scenario.stub ? ['--endpoint-url', `http://127.0.0.1:${stubPort}`] : [];
  const raw = await runReal([...scenario.args, ...extra], realEnv, home, scenario.stdin ?? '');
  const real = JSON.parse(JSON.stringify({ ...raw, files: listHome(home) }).replaceAll(home, HOME));
  rmSync(home, { recursive: true, force: true });

  const fs = new MemoryFileSystem();
  await fs.seed(
    HOME,
    Object.fromEntries(Object.entries(scenario.files ?? {}).map(([p, content]) => [p, { content }])),
  );
  const oursEnv: Record<string, string> = { HOME };
  for (const [k, v] of Object.entries(scenario.env ?? {})) oursEnv[k] = v.replaceAll('$HOME', HOME);
  const result = await runAws({
    argv: scenario.args,
    env: oursEnv,
    cwd: HOME,
    fs,
    stdin: scenario.stdin ?? '',
    readLine: async () => null,
    account: defaultAccount,
  });
  const ours = { ...result, files: fs.dump(HOME) };
  const differences: string[] = [];
  for (const key of ['stdout', 'stderr', 'exitCode', 'files'] as const) {
    const a = JSON.stringify(real[key]);
    const b = JSON.stringify(ours[key]);
    if (a !== b) differences.push(`  ${key}\n    real: ${a}\n    ours: ${b}`);
  }
  return differences;
}

async function main(): Promise<void> {
  const scenarios = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as Scenario[];
  const stub = await startAwsStub();
  let same = 0;
  for (const scenario of scenarios) {
    const differences = await compare(scenario, stub.port);
    if (differences.length === 0) same++;
    else console.log(`DIFF ${JSON.stringify(scenario)}\n${differences.join('\n')}`);
  }
  await stub.close();
  console.log(`${same}/${scenarios.length} identical`);
}

void main();
