// Records golden fixtures from the real AWS CLI v2 (/usr/bin/aws 2.9.19): `npm run record:aws [-- area...]`.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { startAwsStub, STUB_NOTE, type AwsStub } from './aws-stub-server';
import { STUB_CLOCK } from './aws-stub-query';
import type { ScenarioArea, ScenarioSpec } from './aws-scenarios/types';
import { areas } from './aws-scenarios/index';

const AWS = '/usr/bin/aws';
const EXPECTED_VERSION = 'aws-cli/2.9.19 ';
const SANDBOX_HOME = '/home/learner';
const OUT_DIR = join(__dirname, '..', 'lib', 'aws', 'fixtures');

type FileEntry = { content: string; mode: number } | { type: 'directory'; mode: number };

/** One recorded step as stored in the fixture. */
interface RecordedStep {
  args: string[];
  stdin: string | null;
  env: Record<string, string>;
  stdout: string;
  stderr: string;
  exitCode: number;
}

function checkVersion(): void {
  const r = spawnSync(AWS, ['--version'], {
    encoding: 'utf8',
    env: { PATH: '/usr/bin:/bin' } as unknown as NodeJS.ProcessEnv,
  });
  if (!r.stdout.startsWith(EXPECTED_VERSION)) {
    throw new Error(`${AWS} --version says ${JSON.stringify(r.stdout)}; expected ${EXPECTED_VERSION.trim()}`);
  }
}

const toReal = (s: string, home: string) => s.split(SANDBOX_HOME).join(home);
const toSandbox = (s: string, home: string) => s.split(home).join(SANDBOX_HOME);
const mapValues = (o: Record<string, string>, f: (s: string) => string) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

function setupHome(home: string, spec: ScenarioSpec): Record<string, FileEntry> {
  const stored: Record<string, FileEntry> = {};
  for (const [rel, entry] of Object.entries(spec.files ?? {})) {
    const path = join(home, rel);
    if ('type' in entry) {
      mkdirSync(path, { recursive: true });
      chmodSync(path, entry.mode ?? 0o755);
      stored[rel] = { type: 'directory', mode: entry.mode ?? 0o755 };
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, toReal(entry.content, home));
      chmodSync(path, entry.mode ?? 0o644);
      stored[rel] = { content: entry.content, mode: entry.mode ?? 0o644 };
    }
  }
  return stored;
}

/** Every file and directory under `root`, sorted, with HOME replaced by the sandbox's. */
function snapshot(root: string, home: string, rel = ''): Record<string, FileEntry> {
  const out: Record<string, FileEntry> = {};
  for (const name of readdirSync(join(root, rel)).sort()) {
    const relPath = rel ? `${rel}/${name}` : name;
    const st = lstatSync(join(root, relPath));
    const mode = st.mode & 0o7777;
    if (st.isDirectory()) {
      out[relPath] = { type: 'directory', mode };
      Object.assign(out, snapshot(root, home, relPath));
    } else {
      out[relPath] = { content: toSandbox(readFileSync(join(root, relPath), 'utf8'), home), mode };
    }
  }
  return out;
}

function runAws(args: string[], env: Record<string, string>, cwd: string, stdin: string | null) {
  return new Promise<{ stdout: string; stderr: string; exitCode: number }>((resolve, reject) => {
    const child = spawn(AWS, args, {
      cwd,
      env: env as NodeJS.ProcessEnv,
      stdio: [stdin === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    if (stdin !== null) child.stdin?.end(stdin);
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code ?? -1 });
    });
  });
}

async function recordScenario(spec: ScenarioSpec, stub: AwsStub | null): Promise<object> {
  stub?.reset(spec.clock ?? STUB_CLOCK);
  const home = mkdtempSync(join(tmpdir(), 'awsrec-'));
  chmodSync(home, 0o755);
  try {
    const files = setupHome(home, spec);
    const steps: RecordedStep[] = [];
    for (const step of spec.steps) {
      const stdin = step.stdin ?? null;
      const env = {
        HOME: home,
        PATH: '/usr/bin:/bin',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_PAGER: '',
        ...mapValues(spec.env ?? {}, (s) => toReal(s, home)),
        ...mapValues(step.env ?? {}, (s) => toReal(s, home)),
      };
      // Only service calls (sts, s3) get the stub's flags; `configure …` steps run exactly as written.
      const extra: string[] = [];
      const isServiceCall =
        !step.args.includes('configure') && step.args.some((a) => ['sts', 's3', 's3api', 'iam'].includes(a));
      if (spec.stub && stub && isServiceCall) extra.push('--endpoint-url', `http://127.0.0.1:${stub.port}`);
      if (spec.stubGlobalRegion && isServiceCall) extra.push('--region', 'us-east-1');
      const args = step.args.map((a) => toReal(a, home));
      const r = await runAws([...args, ...extra], env, home, stdin === null ? null : toReal(stdin, home));
      const clean = (s: string) => {
        let t = toSandbox(s, home);
        if (stub) t = t.split(`http://127.0.0.1:${stub.port}`).join('http://127.0.0.1:STUB');
        return t;
      };
      steps.push({
        args: step.args,
        stdin,
        env: step.env ?? {},
        stdout: clean(r.stdout),
        stderr: clean(r.stderr),
        exitCode: r.exitCode,
      });
    }
    return {
      name: spec.name,
      description: spec.description,
      ...(spec.stub
        ? {
            stub:
              STUB_NOTE + (spec.stubGlobalRegion ? ' Also --region us-east-1 (see stubGlobalRegion).' : ''),
          }
        : {}),
      ...(spec.stub ? { clock: spec.clock ?? STUB_CLOCK } : {}),
      ...(spec.offline
        ? { offline: 'Recorded with the network closed: the error names the endpoint the CLI tried.' }
        : {}),
      setup: { files, env: spec.env ?? {} },
      steps,
      filesAfter: snapshot(home, home),
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  checkVersion();
  process.umask(0o022);
  const only = process.argv.slice(2);
  const selected: ScenarioArea[] = only.length ? areas.filter((a) => only.includes(a.area)) : areas;
  const names = new Set<string>();
  const stub = await startAwsStub();
  let count = 0;
  try {
    for (const { area, scenarios } of selected) {
      const dir = join(OUT_DIR, area);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const spec of scenarios) {
        if (names.has(`${area}/${spec.name}`)) throw new Error(`duplicate scenario ${area}/${spec.name}`);
        names.add(`${area}/${spec.name}`);
        const fixture = await recordScenario(spec, spec.stub ? stub : null);
        writeFileSync(join(dir, `${spec.name}.json`), JSON.stringify(fixture, null, 2) + '\n');
        count++;
      }
      console.log(`${area}: ${scenarios.length}`);
    }
  } finally {
    await stub.close();
  }
  console.log(`recorded ${count} fixtures into ${OUT_DIR}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
