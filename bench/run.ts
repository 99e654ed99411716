// `npm run bench`: speed and size of the sandbox engine against its targets (medians over several runs).
import { createSandbox } from '../lib/shell/index';
import path from 'node:path';
import { benchGrading } from './grading';
import { benchAwsIam } from './aws-iam';
import { benchPolicy } from './policy';
import { printS3Bench } from './s3';
import { budgetLines, pageWeights } from './page-weights';
import { median } from './stats';

const TARGETS = { creationMs: 50, medianCommandMs: 2, gradingMs: 5 };
const ROUNDS = 5;
const COMMAND_SAMPLES = 40;

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const CREDENTIALS =
  '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';
const CONFIG = '[default]\nregion = us-east-1\noutput = json\n';

const COMMANDS = [
  'export X=1',
  'aws configure list',
  'aws configure get region',
  'aws sts get-caller-identity',
] as const;

async function round() {
  const creation: number[] = [];
  for (let i = 0; i < 20; i++) creation.push(await time(() => createSandbox()));
  const sandbox = await createSandbox({
    files: { '~/.aws/credentials': { content: CREDENTIALS, mode: 0o600 }, '~/.aws/config': CONFIG },
  });
  const commands: Record<string, { median: number; p95: number }> = {};
  for (const command of COMMANDS) {
    const samples: number[] = [];
    for (let i = 0; i < COMMAND_SAMPLES; i++) samples.push(await time(() => sandbox.run(command)));
    commands[command] = { median: median(samples), p95: p95(samples) };
  }
  const snapshotTimes: number[] = [];
  const restoreTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    let snapshot = sandbox.snapshot();
    snapshotTimes.push(await time(() => (snapshot = sandbox.snapshot())));
    restoreTimes.push(await time(() => createSandbox({ snapshot })));
  }
  return {
    creation: median(creation),
    commands,
    snapshot: median(snapshotTimes),
    restore: median(restoreTimes),
    snapshotBytes: JSON.stringify(sandbox.snapshot()).length,
  };
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'OVER TARGET';
}

async function main() {
  // A first round warms up the JIT and lazy command loading; it is not counted.
  await round();
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round());
  const creation = median(rounds.map((r) => r.creation));
  console.log(`Sandbox engine bench (Node ${process.version}, medians of ${ROUNDS} rounds)\n`);
  console.log(
    `sandbox creation            ${creation.toFixed(2)} ms   (target < ${TARGETS.creationMs} ms: ${verdict(creation < TARGETS.creationMs)})`,
  );
  for (const command of COMMANDS) {
    const med = median(rounds.map((r) => r.commands[command]?.median ?? 0));
    const tail = median(rounds.map((r) => r.commands[command]?.p95 ?? 0));
    console.log(
      `${command.padEnd(28)}median ${med.toFixed(2)} ms, p95 ${tail.toFixed(2)} ms   (target median < ${TARGETS.medianCommandMs} ms: ${verdict(med < TARGETS.medianCommandMs)})`,
    );
  }
  console.log(
    `snapshot()                  ${median(rounds.map((r) => r.snapshot)).toFixed(2)} ms (${rounds[0]?.snapshotBytes ?? 0} bytes of JSON)`,
  );
  console.log(`restore (createSandbox)     ${median(rounds.map((r) => r.restore)).toFixed(2)} ms`);
  console.log('\nGrading a busy snapshot (200 history lines), per exercise:');
  for (const r of await benchGrading()) {
    console.log(
      `${r.name.padEnd(40)}median ${r.medianMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms   (target median < ${TARGETS.gradingMs} ms: ${verdict(r.medianMs < TARGETS.gradingMs)})`,
    );
  }
  console.log('\nSimulated IAM/STS (busy account: 53 users, 50 customer policies):');
  for (const r of await benchAwsIam()) {
    const target =
      r.targetMs === undefined
        ? ''
        : `   (target median < ${r.targetMs} ms: ${verdict(r.medianMs < r.targetMs)})`;
    console.log(
      `${r.name.padEnd(48)}median ${r.medianMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms${target}`,
    );
  }
  await printS3Bench(verdict);
  console.log('');
  console.log(`\n${(await benchPolicy()).join('\n')}\n`);
  // Weights come from the built site users load (out/), never from a stand-in bundle.
  try {
    console.log(budgetLines(pageWeights(path.resolve('out'))).join('\n'));
  } catch (error) {
    console.log(`page weights: ${(error as Error).message}`);
  }
}

void main();
