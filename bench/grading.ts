// Benchmark: time to grade a sandbox snapshot (every exercise, fresh state and solved-by-hand state). Target: median < 5 ms.
import { exercises } from '../exercises';
import {
  configFileText,
  credentialsFileText,
  example1Key,
  gradeSnapshot,
  sampleUserKey,
} from '../lib/grader';
import { makeSnapshot } from '../lib/grader/testing/snapshot';

/** One measurement as the bench runner prints it. */
export interface GradingBenchResult {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

/** A busy home: both profiles, a Terraform file, a long history with its execution records, exported credentials. */
function busySnapshot() {
  const history = Array.from({ length: 200 }, (_, i) =>
    i % 3 === 0
      ? `export AWS_PROFILE=example_1; aws sts get-caller-identity`
      : `ls -la ~/.aws && cat ~/.aws/config # ${i}`,
  );
  return makeSnapshot({
    files: {
      '~/.aws/credentials': {
        content: credentialsFileText({ default: sampleUserKey, example_1: example1Key }),
        mode: 0o600,
      },
      '~/.aws/config': configFileText({
        default: { region: 'eu-west-1', output: 'json' },
        example_1: { region: 'eu-west-3', output: 'text' },
      }),
      '~/infra/main.tf':
        'provider "aws" {\n  region = "eu-west-3"\n  shared_credentials_files = ["~/.aws/credentials"]\n  profile = "example_1"\n}\n',
      '~/deploy.sh': '#!/bin/bash\nexport AWS_PROFILE=deploy\naws s3 ls\n',
    },
    exported: {
      AWS_PROFILE: 'example_1',
      AWS_ACCESS_KEY_ID: sampleUserKey.accessKeyId,
      AWS_SECRET_ACCESS_KEY: sampleUserKey.secretAccessKey,
    },
    history,
    // What the engine records for that history: checks read these, not the text.
    records: history.flatMap((line, i) =>
      line.startsWith('export')
        ? [
            {
              argv: ['aws', 'sts', 'get-caller-identity'],
              historyIndex: i,
              env: { HOME: '/home/learner', AWS_PROFILE: 'example_1' },
            },
          ]
        : [
            { argv: ['ls', '-la', '/home/learner/.aws'], historyIndex: i },
            { argv: ['cat', '/home/learner/.aws/config'], historyIndex: i },
          ],
    ),
  });
}

function stats(name: string, samples: number[]): GradingBenchResult {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { name, runs: samples.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

/** Grades every exercise against a busy snapshot `runs` times (after a warm-up); one result per exercise. */
export async function benchGrading(runs = 200): Promise<GradingBenchResult[]> {
  const snapshot = busySnapshot();
  const results: GradingBenchResult[] = [];
  for (const exercise of exercises) {
    for (let i = 0; i < 20; i++) await gradeSnapshot(exercise, snapshot);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      await gradeSnapshot(exercise, snapshot);
      samples.push(performance.now() - start);
    }
    results.push(stats(`grade ${exercise.id}`, samples));
  }
  return results;
}

// `npx tsx bench/grading.ts` prints the table on its own.
if (process.argv[1]?.endsWith('grading.ts')) {
  void benchGrading().then((results) => {
    for (const r of results) {
      console.log(
        `${r.name.padEnd(40)} median ${r.medianMs.toFixed(3)} ms  p95 ${r.p95Ms.toFixed(3)} ms  (${r.runs} runs)`,
      );
    }
  });
}
