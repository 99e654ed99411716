// Records golden fixtures from real bash 5.2 run as an interactive shell: `npm run record:bash`.
import { spawn } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { bashScenarios, HOSTILE_PATTERN, type BashScenario } from './bash-scenarios/index';

const BASH = '/bin/bash';
const SANDBOX_HOME = '/home/learner';
const OUT_DIR = join(__dirname, '..', 'lib', 'shell', 'fixtures', 'bash');
/** What an interactive bash without a terminal prints at start-up (job control) — not a command's output. */
const STARTUP_NOISE =
  /^bash: cannot set terminal process group \(\d+\): Inappropriate ioctl for device\nbash: no job control in this shell\n/;

type Entry =
  | { content: string; mode: number }
  | { type: 'directory'; mode: number }
  | { type: 'symlink'; target: string };

/** What job control prints when a pipeline's writer dies of SIGPIPE without a terminal (`yes | head`): not output. */
const JOB_NOISE = /^bash: \[\d+: \d+ \(\d+\)\] tcsetattr: Inappropriate ioctl for device\n/gm;

const toSandbox = (s: string, home: string) => s.split(home).join(SANDBOX_HOME);

function snapshot(root: string, home: string, rel = ''): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const name of readdirSync(join(root, rel)).sort()) {
    const relPath = rel ? `${rel}/${name}` : name;
    const st = lstatSync(join(root, relPath));
    if (st.isSymbolicLink()) {
      out[relPath] = { type: 'symlink', target: toSandbox(readlinkSync(join(root, relPath)), home) };
    } else if (st.isDirectory()) {
      out[relPath] = { type: 'directory', mode: st.mode & 0o7777 };
      Object.assign(out, snapshot(root, home, relPath));
    } else {
      out[relPath] = {
        content: toSandbox(readFileSync(join(root, relPath), 'utf8'), home),
        mode: st.mode & 0o7777,
      };
    }
  }
  return out;
}

function runBash(script: string, home: string) {
  const env = { HOME: home, PATH: '/usr/bin:/bin', USER: 'learner', PS1: '', PS2: '' };
  const args = ['--norc', '--noprofile', '--noediting', '+o', 'history', '-i'];
  return new Promise<{ stdout: string; stderr: string; exitCode: number }>((resolve, reject) => {
    const child = spawn(BASH, args, { cwd: home, env: env as unknown as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(script);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code ?? -1 });
    });
  });
}

async function record(spec: BashScenario): Promise<object> {
  const home = mkdtempSync(join(tmpdir(), 'bashrec-'));
  chmodSync(home, 0o755);
  try {
    const files: Record<string, Entry> = {};
    for (const [rel, entry] of Object.entries(spec.files ?? {})) {
      const path = join(home, rel);
      if ('type' in entry) {
        mkdirSync(path, { recursive: true });
        chmodSync(path, entry.mode ?? 0o755);
        files[rel] = { type: 'directory', mode: entry.mode ?? 0o755 };
      } else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, entry.content);
        chmodSync(path, entry.mode ?? 0o644);
        files[rel] = { content: entry.content, mode: entry.mode ?? 0o644 };
      }
    }
    // The script runs as written: it reaches HOME through ~ or $HOME, never a literal /home/learner.
    const r = await runBash(spec.script, home);
    // An interactive bash prints "exit" on stderr when its input ends: the terminal's business, not the script's.
    const stderr = r.stderr
      .replace(STARTUP_NOISE, '')
      .replace(JOB_NOISE, '')
      .replace(/exit\n$/, '');
    return {
      name: spec.name,
      description: spec.description,
      setup: { files },
      script: spec.script,
      stdout: toSandbox(r.stdout, home),
      stderr: toSandbox(stderr, home),
      exitCode: r.exitCode,
      filesAfter: snapshot(home, home),
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  process.umask(0o022);
  // Replace the recorded JSON only: the folder also holds its README.
  mkdirSync(OUT_DIR, { recursive: true });
  for (const file of readdirSync(OUT_DIR)) if (file.endsWith('.json')) rmSync(join(OUT_DIR, file));
  const names = new Set<string>();
  for (const spec of bashScenarios) {
    if (names.has(spec.name)) throw new Error(`duplicate scenario ${spec.name}`);
    names.add(spec.name);
    if (spec.script.trim() === '') throw new Error(`${spec.name}: empty script`);
    if (HOSTILE_PATTERN.test(spec.script))
      throw new Error(`${spec.name}: refusing to run hostile input in real bash`);
    const fixture = await record(spec);
    writeFileSync(join(OUT_DIR, `${spec.name}.json`), JSON.stringify(fixture, null, 2) + '\n');
  }
  console.log(`recorded ${bashScenarios.length} bash fixtures into ${OUT_DIR}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
