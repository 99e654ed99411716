// Benchmark: one policy evaluation with 50 policies in effect (ReadOnlyAccess, PowerUserAccess and 48 customer
// policies with wildcards, conditions and variables) plus a bucket policy. Target: median < 1 ms per call, for the
// evaluator bundled as the page runs it (bench/bundled.ts); the figure for tsx's module-by-module code follows.
import { evaluatePolicyTexts, type PolicyText } from '../lib/aws/policy/adapter';
import { loadManagedPolicyDocument } from '../lib/aws/policy/managed-policies';
import { importBundled } from './bundled';
import { median } from './stats';

const TARGET_MS = 1;
const CALLS = 2000;

function customPolicy(i: number): PolicyText {
  const bucket = `team-${i}-data`;
  const document = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: `List${i}`,
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: `arn:aws:s3:::${bucket}`,
        Condition: { StringLike: { 's3:prefix': ['', 'home/${aws:username}/*'] } },
      },
      {
        Sid: `Objects${i}`,
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
        Resource: `arn:aws:s3:::${bucket}/home/\${aws:username}/*`,
      },
      {
        Sid: `Iam${i}`,
        Effect: 'Allow',
        Action: ['iam:*AccessKey*', 'iam:GetUser'],
        Resource: 'arn:aws:iam::*:user/${aws:username}',
      },
      {
        Sid: `DenyIp${i}`,
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: {
          NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] },
          Bool: { 'aws:ViaAWSService': 'false' },
        },
      },
      {
        Sid: `Tls${i}`,
        Effect: 'Deny',
        NotAction: ['iam:*', 'sts:*'],
        NotResource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
  return { label: `group g${i}: inline policy P${i}`, document };
}

/** Runs the policy benchmark and returns the lines for the bench report. */
export async function benchPolicy(): Promise<string[]> {
  const managed = await Promise.all(
    ['ReadOnlyAccess', 'PowerUserAccess'].map(async (name) => ({
      label: `user alice: managed policy arn:aws:iam::aws:policy/${name}`,
      document: JSON.stringify(await loadManagedPolicyDocument(`arn:aws:iam::aws:policy/${name}`)),
    })),
  );
  const identityPolicies = [...managed, ...Array.from({ length: 48 }, (_, i) => customPolicy(i))];
  const resourcePolicy = {
    label: 'bucket policy of team-47-data',
    document: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: 'arn:aws:s3:::team-47-data/*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }),
  };
  const requests = [
    ['s3:PutObject', 'arn:aws:s3:::team-47-data/home/alice/notes.txt'],
    ['iam:CreateUser', 'arn:aws:iam::111122223333:user/bob'],
    ['ec2:DescribeInstances', '*'],
    ['s3:ListBucket', 'arn:aws:s3:::team-3-data'],
  ] as const;
  const context = {
    'aws:username': 'alice',
    'aws:SourceIp': '203.0.113.10',
    'aws:SecureTransport': 'true',
    'aws:CurrentTime': '2026-12-01T12:00:00Z',
    's3:prefix': 'home/alice/',
  };
  type Evaluate = typeof evaluatePolicyTexts;
  const measure = (evaluate: Evaluate) => {
    const samples: number[] = [];
    const decisions = new Set<string>();
    let cpu = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) {
      // CPU time (user + system) of the last three quarters: unlike wall time, other processes do not inflate it.
      if (i === CALLS / 4) cpu = process.cpuUsage();
      const [action, resource] = requests[i % requests.length]!;
      const start = performance.now();
      const d = evaluate({
        principalArn: 'arn:aws:iam::111122223333:user/alice',
        identityPolicies,
        resourcePolicy,
        action,
        resource,
        context,
      });
      samples.push(performance.now() - start);
      decisions.add(`${action}=${d.decision}`);
    }
    const used = process.cpuUsage(cpu);
    const warm = samples.slice(CALLS / 4);
    return {
      med: median(warm),
      p95: [...warm].sort((a, b) => a - b)[Math.floor(warm.length * 0.95)] ?? 0,
      cpuMs: (used.user + used.system) / 1000 / (CALLS - CALLS / 4),
      decisions,
    };
  };
  const bundled = await importBundled<{ evaluatePolicyTexts: Evaluate }>(
    "export { evaluatePolicyTexts } from './lib/aws/policy/adapter';",
  );
  const shipped = measure(bundled.evaluatePolicyTexts);
  const perFile = measure(evaluatePolicyTexts);
  const { med, p95, cpuMs, decisions } = shipped;
  return [
    `policy evaluation, 50 policies (${identityPolicies.length} identity + bucket policy), ${CALLS} calls:`,
    `  median ${med.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms per call   (target median < ${TARGET_MS} ms: ${med < TARGET_MS ? 'ok' : 'OVER TARGET'})`,
    `  CPU time ${cpuMs.toFixed(3)} ms per call (mean; wall time above includes waiting on a busy machine)`,
    `  as tsx runs it module by module: median ${perFile.med.toFixed(3)} ms, CPU time ${perFile.cpuMs.toFixed(3)} ms (export getters, __name)`,
    `  decisions: ${[...decisions].join(', ')}`,
  ];
}
