// The seam for the `aws` call pipeline: policies as stored JSON text with labels in, a decision with its trace out.
// Same shapes as awscore's lib/aws/authorization.ts (AuthorizationRequest/Decision), so it can replace its stub.
import { evaluate } from './evaluate';
import { parsePolicyDocument } from './parse';
import type {
  Decision,
  NamedPolicy,
  ParseResult,
  PolicyKind,
  PolicySourceKind,
  RequestPrincipal,
} from './types';

/** One stored policy: a label saying where it came from, the managed policy ARN if any, and its JSON text. */
export interface PolicyText {
  /** `user alice: inline policy S3Read`, `group Devs: managed policy arn:…`, `bucket policy of b`, `trust policy of role R`. */
  label: string;
  arn?: string;
  document: string;
}

/** A request with policies as text: what the call pipeline has at hand. */
export interface PolicyTextRequest {
  /** `arn:aws:iam::123456789012:user/alice` or `arn:aws:sts::123456789012:assumed-role/Role/session`. */
  principalArn: string;
  identityPolicies: PolicyText[];
  resourcePolicy?: PolicyText;
  action: string;
  resource: string;
  /** `aws:PrincipalArn` (the role ARN for a session), `aws:userid`, `aws:SecureTransport`, … */
  context: Record<string, string | string[]>;
}

/** The answer: the decision, one line for the learner, and the evaluator's full Decision in `details`. */
export interface PolicyTextDecision {
  decision: Decision['decision'];
  reason: string;
  details: Decision;
}

const caches: Record<PolicyKind, Map<string, ParseResult>> = {
  identity: new Map(),
  resource: new Map(),
  trust: new Map(),
};

/** parsePolicyDocument with a cache: the same stored texts are evaluated on every call. */
export function parsePolicyCached(text: string, kind: PolicyKind): ParseResult {
  const cache = caches[kind];
  let result = cache.get(text);
  if (!result) {
    if (cache.size > 500) cache.clear();
    result = parsePolicyDocument(text, kind);
    cache.set(text, result);
  }
  return result;
}

/** The principal an ARN names (user with path, role session, or root); the role ARN comes from aws:PrincipalArn. */
export function principalFromArn(
  arn: string,
  context: Record<string, string | string[]> = {},
): RequestPrincipal {
  const m = /^arn:aws:(iam|sts)::(\d{12}):(.*)$/.exec(arn);
  const accountId = m?.[2] ?? '';
  const rest = m?.[3] ?? '';
  const single = (key: string) => {
    const v = context[key];
    return typeof v === 'string' ? v : undefined;
  };
  const userId = single('aws:userid');
  if (rest === 'root') return { type: 'root', arn, accountId };
  const session = /^assumed-role\/([^/]+)\/(.+)$/.exec(rest);
  if (session) {
    const principalArn = single('aws:PrincipalArn');
    const p: RequestPrincipal = {
      type: 'assumed-role',
      arn,
      accountId,
      roleName: session[1]!,
      sessionName: session[2]!,
      roleArn: principalArn?.includes(':role/')
        ? principalArn
        : `arn:aws:iam::${accountId}:role/${session[1]}`,
    };
    if (userId) p.userId = userId;
    return p;
  }
  const p: RequestPrincipal = {
    type: 'user',
    arn,
    accountId,
    userName: rest.slice(rest.lastIndexOf('/') + 1),
  };
  if (userId) p.userId = userId;
  return p;
}

function identityKind(label: string): PolicySourceKind {
  const owner = label.startsWith('group') ? 'group' : label.startsWith('role') ? 'role' : 'user';
  return `${owner}-${/managed/.test(label) ? 'managed' : 'inline'}` as PolicySourceKind;
}

/**
 * Evaluates a request whose policies are stored JSON text. A stored document that does not parse (it could not
 * have been put, but saved states are data) is left out and named in the reason.
 */
export function evaluatePolicyTexts(request: PolicyTextRequest): PolicyTextDecision {
  const skipped: string[] = [];
  const named = (text: PolicyText, kind: PolicyKind, sourceKind: PolicySourceKind): NamedPolicy | null => {
    const parsed = parsePolicyCached(text.document, kind);
    if (!parsed.ok) {
      skipped.push(text.label);
      return null;
    }
    const policy: NamedPolicy = { source: text.label, sourceKind, document: parsed.document };
    if (text.arn) policy.policyArn = text.arn;
    return policy;
  };
  const identityPolicies = request.identityPolicies
    .map((p) => named(p, 'identity', identityKind(p.label)))
    .filter((p): p is NamedPolicy => p !== null);
  const trust = /^sts:AssumeRole/i.test(request.action);
  const resourcePolicy = request.resourcePolicy
    ? named(request.resourcePolicy, trust ? 'trust' : 'resource', trust ? 'trust-policy' : 'bucket-policy')
    : null;
  const details = evaluate({
    principal: principalFromArn(request.principalArn, request.context),
    identityPolicies,
    ...(resourcePolicy && { resourcePolicy }),
    action: request.action,
    resource: request.resource,
    context: request.context,
  });
  const note = skipped.length ? ` (ignored, not valid JSON policies: ${skipped.join(', ')})` : '';
  return { decision: details.decision, reason: details.summary + note, details };
}
