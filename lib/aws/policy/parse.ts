// Parses and validates a policy document as IAM (or S3, for bucket policies) does, with the services' error texts.
// Sources of each message are listed in lib/aws/policy/README.md.
import type {
  ConditionBlock,
  ParseResult,
  PolicyDocument,
  PolicyDocumentError,
  PolicyKind,
  PolicyStatement,
  PrincipalBlock,
} from './types';

const TOP_LEVEL = new Set(['Version', 'Id', 'Statement']);
const STATEMENT_KEYS = new Set([
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Condition',
]);

/** IAM's texts (MalformedPolicyDocument); `resource` documents are bucket policies and get S3's (MalformedPolicy). */
const SYNTAX = 'Syntax errors in policy.';
const INVALID_JSON_TRUST = 'This policy contains invalid Json';
const S3_INVALID_JSON = "Policies must be valid JSON and the first byte must be '{'";

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, syntax: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return fail(syntax);
}

function conditionValues(value: unknown, syntax: string): string[] {
  const scalar = (v: unknown): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    return fail(syntax);
  };
  return Array.isArray(value) ? value.map(scalar) : [scalar(value)];
}

function principalBlock(value: unknown, syntax: string): PrincipalBlock {
  if (value === '*') return '*';
  if (!isObject(value)) return fail(syntax);
  const block: Record<string, string[]> = {};
  for (const [type, ids] of Object.entries(value)) block[type] = stringList(ids, syntax);
  return block;
}

function conditionBlock(value: unknown, syntax: string): ConditionBlock {
  if (!isObject(value)) return fail(syntax);
  const block: ConditionBlock = {};
  for (const [operator, keys] of Object.entries(value)) {
    if (!isObject(keys)) return fail(syntax);
    block[operator] = {};
    for (const [key, values] of Object.entries(keys)) {
      block[operator][key] = conditionValues(values, syntax);
    }
  }
  return block;
}

function checkAction(action: string): void {
  if (action === '*') return;
  const colons = action.split(':').length - 1;
  if (colons === 0) fail('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
  if (colons > 1) fail('Actions/Condition can contain only one colon.');
  const vendor = action.slice(0, action.indexOf(':'));
  if (/[*?]/.test(vendor)) fail('Action vendors (e.g., aws, ec2, etc.) must not contain wildcards');
}

function checkResource(resource: string, kind: PolicyKind): void {
  if (resource === '*' || resource.startsWith('arn:')) return;
  fail(
    kind === 'resource'
      ? 'Policy has invalid resource'
      : `Resource ${resource} must be in ARN format or "*".`,
  );
}

function statement(raw: unknown, kind: PolicyKind): PolicyStatement {
  const syntax = kind === 'resource' ? 'Statement is missing required element' : SYNTAX;
  if (!isObject(raw)) return fail(syntax);
  for (const key of Object.keys(raw)) if (!STATEMENT_KEYS.has(key)) fail(syntax);
  const { Sid, Effect } = raw;
  if (Sid !== undefined && typeof Sid !== 'string') fail(syntax);
  if (Effect !== 'Allow' && Effect !== 'Deny') fail(syntax);
  const hasPrincipal = raw.Principal !== undefined || raw.NotPrincipal !== undefined;
  if (kind === 'identity' && hasPrincipal) fail('Policy document should not specify a principal.');
  if (kind === 'trust') {
    if (raw.Resource !== undefined) fail('Has prohibited field Resource');
    if (raw.NotResource !== undefined) fail('Has prohibited field NotResource');
  }
  if (kind !== 'identity' && !hasPrincipal) {
    fail(
      kind === 'trust'
        ? 'Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!'
        : 'Missing required field Principal',
    );
  }
  if (raw.Action !== undefined && raw.NotAction !== undefined) fail(syntax);
  if (raw.Resource !== undefined && raw.NotResource !== undefined) fail(syntax);
  if (raw.Principal !== undefined && raw.NotPrincipal !== undefined) fail(syntax);
  const out: PolicyStatement = { Effect };
  if (Sid !== undefined) out.Sid = Sid;
  for (const element of ['Action', 'NotAction'] as const) {
    if (raw[element] === undefined) continue;
    const list = stringList(raw[element], syntax);
    list.forEach(checkAction);
    out[element] = list;
  }
  if (!out.Action?.length && !out.NotAction?.length) {
    fail(kind === 'resource' ? syntax : 'Policy statement must contain actions.');
  }
  for (const element of ['Resource', 'NotResource'] as const) {
    if (raw[element] === undefined) continue;
    const list = stringList(raw[element], syntax);
    list.forEach((r) => checkResource(r, kind));
    out[element] = list;
  }
  if (kind !== 'trust' && !out.Resource?.length && !out.NotResource?.length) {
    fail(kind === 'resource' ? syntax : 'Policy statement must contain resources.');
  }
  if (raw.Principal !== undefined) out.Principal = principalBlock(raw.Principal, syntax);
  if (raw.NotPrincipal !== undefined) out.NotPrincipal = principalBlock(raw.NotPrincipal, syntax);
  if (raw.Condition !== undefined) out.Condition = conditionBlock(raw.Condition, syntax);
  return out;
}

/**
 * Parses policy JSON text for its use (`identity` for user/group/role/managed policies, `trust` for a role's
 * AssumeRolePolicyDocument, `resource` for a bucket policy). Never throws: a bad document is an error value.
 */
export function parsePolicyDocument(text: string, kind: PolicyKind): ParseResult {
  const code = kind === 'resource' ? 'MalformedPolicy' : 'MalformedPolicyDocument';
  const error = (message: string): ParseResult => ({ ok: false, error: { code, message } });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return error(kind === 'trust' ? INVALID_JSON_TRUST : kind === 'resource' ? S3_INVALID_JSON : SYNTAX);
  }
  try {
    return { ok: true, document: documentFrom(raw, kind) };
  } catch (e) {
    if (e instanceof Invalid) return error(e.message);
    throw e;
  }
}

function documentFrom(raw: unknown, kind: PolicyKind): PolicyDocument {
  const syntax = kind === 'resource' ? 'Statement is missing required element' : SYNTAX;
  if (!isObject(raw)) return fail(kind === 'resource' ? S3_INVALID_JSON : syntax);
  for (const key of Object.keys(raw)) if (!TOP_LEVEL.has(key)) fail(syntax);
  const { Version, Id, Statement } = raw;
  if (Version !== undefined && Version !== '2012-10-17' && Version !== '2008-10-17') fail(syntax);
  if (Id !== undefined && typeof Id !== 'string') fail(syntax);
  if (Statement === undefined) fail(syntax);
  const list = Array.isArray(Statement) ? Statement : [Statement];
  if (list.length === 0) fail(syntax);
  const document: PolicyDocument = { Statement: list.map((s) => statement(s, kind)) };
  if (Version !== undefined) document.Version = Version;
  if (Id !== undefined) document.Id = Id;
  return document;
}

/** Characters IAM counts against a size quota: everything but whitespace (AWS "IAM and AWS STS quotas"). */
export function policySize(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** IAM's size quotas in non-whitespace characters (AWS "IAM and AWS STS quotas", IAM object quotas). */
export const POLICY_SIZE_QUOTAS = {
  managed: 6144,
  userInline: 2048,
  groupInline: 5120,
  roleInline: 10240,
} as const;

/**
 * The LimitExceeded error for a document over its quota, or null. For inline policies `size` is the aggregate of
 * all the entity's inline policies (the quota is per entity), and `entityName` names it in the message.
 */
export function policySizeError(
  size: number,
  quota: keyof typeof POLICY_SIZE_QUOTAS,
  entityName = '',
): PolicyDocumentError | null {
  const limit = POLICY_SIZE_QUOTAS[quota];
  if (size <= limit) return null;
  const entity = { managed: '', userInline: 'user', groupInline: 'group', roleInline: 'role' }[quota];
  const message =
    quota === 'managed'
      ? `Cannot exceed quota for PolicySize: ${limit}`
      : `Maximum policy size of ${limit} bytes exceeded for ${entity} ${entityName}`;
  return { code: 'LimitExceeded', message };
}
