// Writes lib/aws/services/<service>/model.generated.ts from botocore's service models shipped with
// Debian's awscli (the CLI's operation names, and trimmed input shapes of the simulated operations).
// Re-run after changing the lists below: `npx tsx scripts/aws-models.ts`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliName } from '../lib/aws/services/model';

const DATA = '/usr/lib/python3/dist-packages/awscli/botocore/data';

/**
 * The operations simulated per CLI command, the CLI's own extra subcommands after the model's, and the
 * botocore model when its name is not the command's (`s3api` is botocore's `s3`).
 */
const SERVICES: Record<string, { extras: string[]; simulated: string[]; model?: string }> = {
  iam: {
    extras: ['wizard', 'wait', 'help'],
    simulated: [
      'CreateUser',
      'GetUser',
      'ListUsers',
      'DeleteUser',
      'TagUser',
      'UntagUser',
      'ListUserTags',
      'CreateGroup',
      'GetGroup',
      'ListGroups',
      'DeleteGroup',
      'AddUserToGroup',
      'RemoveUserFromGroup',
      'ListGroupsForUser',
      'CreateRole',
      'GetRole',
      'ListRoles',
      'DeleteRole',
      'CreateAccessKey',
      'ListAccessKeys',
      'UpdateAccessKey',
      'DeleteAccessKey',
      'GetAccessKeyLastUsed',
      'AttachUserPolicy',
      'DetachUserPolicy',
      'ListAttachedUserPolicies',
      'AttachGroupPolicy',
      'DetachGroupPolicy',
      'ListAttachedGroupPolicies',
      'AttachRolePolicy',
      'DetachRolePolicy',
      'ListAttachedRolePolicies',
      'PutUserPolicy',
      'GetUserPolicy',
      'ListUserPolicies',
      'DeleteUserPolicy',
      'PutRolePolicy',
      'GetRolePolicy',
      'ListRolePolicies',
      'DeleteRolePolicy',
      'CreatePolicy',
      'GetPolicy',
      'ListPolicies',
      'DeletePolicy',
      'CreatePolicyVersion',
      'DeletePolicyVersion',
      'SetDefaultPolicyVersion',
      'GetPolicyVersion',
      'ListPolicyVersions',
      'ListEntitiesForPolicy',
      'SimulatePrincipalPolicy',
      'SimulateCustomPolicy',
    ],
  },
  sts: { extras: ['help'], simulated: ['GetCallerIdentity', 'AssumeRole'] },
  s3api: {
    model: 's3',
    extras: ['wait', 'help'],
    simulated: [
      'CreateBucket',
      'ListBuckets',
      'HeadBucket',
      'DeleteBucket',
      'PutObject',
      'GetObject',
      'HeadObject',
      'DeleteObject',
      'ListObjectsV2',
      'ListObjectVersions',
      'PutBucketPolicy',
      'GetBucketPolicy',
      'DeleteBucketPolicy',
      'PutBucketVersioning',
      'GetBucketVersioning',
      'PutBucketLifecycleConfiguration',
      'GetBucketLifecycleConfiguration',
      'PutPublicAccessBlock',
    ],
  },
};

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A structure member's own flags on its shape (S3's object bodies are `streaming` members). */
const member = (out: Json, spec: Json): Json => (spec.streaming ? { ...out, streaming: true } : out);

function shape(model: Json, name: string, depth = 0): Json {
  const s = model.shapes[name];
  const out: Json = { type: s.type };
  if (s.min !== undefined) out.min = s.min;
  if (s.max !== undefined) out.max = s.max;
  if (s.enum) out.enum = s.enum;
  if (depth > 6) return out;
  if (s.type === 'list') out.member = shape(model, s.member.shape, depth + 1);
  if (s.type === 'map') out.value = shape(model, s.value.shape, depth + 1);
  if (s.type === 'structure') {
    out.members = Object.fromEntries(
      Object.entries(s.members as Json).map(([k, v]) => [k, member(shape(model, v.shape, depth + 1), v)]),
    );
    if (s.required) out.required = s.required;
  }
  return out;
}

/** Output shapes keep only what ordering and timestamp formatting need: member order, nesting, types. */
function outputShape(model: Json, name: string, depth = 0): Json {
  const s = model.shapes[name];
  const out: Json = { type: s.type };
  if (depth > 6) return out;
  if (s.type === 'list') out.member = outputShape(model, s.member.shape, depth + 1);
  if (s.type === 'structure') {
    out.members = Object.fromEntries(
      Object.entries(s.members as Json).map(([k, v]) => [
        k,
        member(outputShape(model, v.shape, depth + 1), v),
      ]),
    );
  }
  return out;
}

/**
 * The operations as TypeScript, each shape that recurs (a policy document, a tag list, an S3 owner) written
 * once as a constant and referred to by name: one copy per shape instead of one per use.
 */
function typescript(operations: Json): { shapes: string; operations: string } {
  const counts = new Map<string, number>();
  const walk = (value: unknown) => {
    if (value === null || typeof value !== 'object') return;
    const key = JSON.stringify(value);
    if (key.length >= 60) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const child of Object.values(value)) walk(child);
  };
  walk(operations);
  const names = new Map<string, string>();
  const render = (value: unknown, own = false): string => {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const key = JSON.stringify(value);
    if (!own && names.has(key)) return names.get(key)!;
    if (Array.isArray(value)) return `[${value.map((v) => render(v)).join(',')}]`;
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${render(v)}`)
      .join(',')}}`;
  };
  // Shorter shapes first, so that a constant only names constants already written.
  const repeated = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
  repeated.sort((a, b) => a.length - b.length);
  const shapes = repeated.map((key, i) => {
    const name = `S${i}`;
    const line = `const ${name} = ${render(JSON.parse(key), true)} as const;`;
    names.set(key, name);
    return line;
  });
  return { shapes: shapes.join('\n'), operations: render(operations, true) };
}

function modelDir(service: string): string {
  const versions = readdirSync(join(DATA, service)).sort();
  return join(DATA, service, versions.at(-1)!);
}

for (const [service, { extras, simulated, model: modelName }] of Object.entries(SERVICES)) {
  const dir = modelDir(modelName ?? service);
  const model = JSON.parse(readFileSync(join(dir, 'service-2.json'), 'utf8'));
  const pages = JSON.parse(readFileSync(join(dir, 'paginators-1.json'), 'utf8')).pagination;
  const choices = [...Object.keys(model.operations).map(cliName), ...extras];
  const operations: Json = {};
  for (const op of simulated) {
    const input = model.operations[op].input;
    const inputShape = input ? shape(model, input.shape) : { members: {} };
    const output = model.operations[op].output;
    const entry: Json = {
      name: op,
      input: { members: inputShape.members ?? {}, required: inputShape.required ?? [] },
      ...(output ? { output: outputShape(model, output.shape) } : {}),
    };
    const page = pages[op];
    if (page) {
      entry.paginator = {
        inputToken: page.input_token,
        outputToken: page.output_token,
        ...(page.limit_key ? { limitKey: page.limit_key } : {}),
        resultKey: page.result_key,
        ...(page.more_results ? { moreResults: page.more_results } : {}),
        ...(page.non_aggregate_keys ? { nonAggregateKeys: page.non_aggregate_keys } : {}),
      };
    }
    operations[cliName(op)] = entry;
  }
  const ts = typescript(operations);
  const text =
    `// Generated by scripts/aws-models.ts from botocore's ${modelName ?? service} ${dir.split('/').at(-1)} model ` +
    `(Debian awscli): do not edit.\n` +
    `import type { OperationModel } from '../model';\n\n` +
    `/** Every operation the real CLI accepts, in the order its usage error lists them. */\n` +
    `export const CHOICES: readonly string[] = ${JSON.stringify(choices)};\n\n` +
    (ts.shapes ? `// Shapes used more than once.\n${ts.shapes}\n\n` : '') +
    `/** The simulated operations, by CLI name. */\n` +
    `export const OPERATIONS: Record<string, OperationModel> = ${ts.operations};\n`;
  writeFileSync(join(__dirname, '..', 'lib', 'aws', 'services', service, 'model.generated.ts'), text);
  console.log(`${service}: ${choices.length} choices, ${simulated.length} simulated`);
}
