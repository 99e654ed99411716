// Types of the IAM policy evaluator: parsed documents, an authorization request, and a decision with its trace.
// A contract between lib/aws/policy, the `aws` services (awscore), `why` and the graders: change additively.

/** The principal block of a resource or trust policy, normalised: `"*"` or values by type (`AWS`, `Service`…). */
export type PrincipalBlock = '*' | Record<string, string[]>;

/** A statement's Condition block, normalised: operator (as written, e.g. `StringEqualsIfExists`) → key → values. */
export type ConditionBlock = Record<string, Record<string, string[]>>;

/** One statement after parsing: single strings are normalised to arrays, absent elements stay absent. */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Condition?: ConditionBlock;
}

/** A parsed, valid policy document. `Version` absent means 2008-10-17 rules (no policy variables). */
export interface PolicyDocument {
  Version?: '2012-10-17' | '2008-10-17';
  Id?: string;
  /** Always an array, even when the document had one statement object. */
  Statement: PolicyStatement[];
}

/** What a document is used as: decides which elements are required or prohibited. */
export type PolicyKind = 'identity' | 'resource' | 'trust';

/** Where a policy comes from, for the explanation. */
export type PolicySourceKind =
  | 'user-inline'
  | 'user-managed'
  | 'group-inline'
  | 'group-managed'
  | 'role-inline'
  | 'role-managed'
  | 'bucket-policy'
  | 'trust-policy'
  | 'custom';

/** A parsed policy with the name `why` shows for it. */
export interface NamedPolicy {
  /**
   * Human name of the source: `user inline policy S3Write`, `managed policy arn:aws:iam::aws:policy/ReadOnlyAccess`,
   * `group Developers inline policy Deny`, `bucket policy of my-bucket`, `trust policy of role Admin`.
   */
  source: string;
  sourceKind: PolicySourceKind;
  /** The managed policy ARN or the inline policy name, when there is one. */
  policyArn?: string;
  policyName?: string;
  /** Through which group, for group policies. */
  groupName?: string;
  document: PolicyDocument;
}

/** Who makes the request. */
export interface RequestPrincipal {
  /** `user` for an IAM user, `assumed-role` for a role session, `root` for the account root user. */
  type: 'user' | 'assumed-role' | 'root';
  /** `arn:aws:iam::123456789012:user/alice` or `arn:aws:sts::123456789012:assumed-role/Admin/session`. */
  arn: string;
  accountId: string;
  /** The IAM user name (users only). */
  userName?: string;
  /** For role sessions: the role's ARN (`arn:aws:iam::123456789012:role/Admin`), used for Principal matching too. */
  roleArn?: string;
  roleName?: string;
  sessionName?: string;
  /** The unique id (`AIDA…` for a user, `AROA…:session` for a role session). */
  userId?: string;
  /** Tags on the user or role (for `${aws:PrincipalTag/key}` and `aws:PrincipalTag/key` conditions). */
  tags?: Record<string, string>;
}

/** A condition key's value in the request context: one value, or several for multivalued keys. */
export type ContextValue = string | string[];

/**
 * Request context keys (`aws:username`, `aws:userid`, `aws:PrincipalArn`, `aws:PrincipalAccount`,
 * `aws:SecureTransport` `"true"`/`"false"`, `aws:SourceIp`, `aws:CurrentTime` ISO 8601, `aws:EpochTime`,
 * `s3:prefix`, …). Key names are matched case-insensitively, as AWS does. Keys derived from the principal
 * (`aws:username`, `aws:userid`, `aws:PrincipalArn`, `aws:PrincipalAccount`, `aws:PrincipalType`) are filled
 * in by the evaluator when absent.
 */
export type RequestContext = Record<string, ContextValue>;

/** One request to authorize, as the service sees it. */
export interface AuthorizationRequest {
  principal: RequestPrincipal;
  /** Every identity-based policy that applies: the user's (inline, attached), its groups', or the role's. */
  identityPolicies: NamedPolicy[];
  /** The resource-based policy, if any: a bucket policy, or the role's trust policy for sts:AssumeRole. */
  resourcePolicy?: NamedPolicy;
  /** The account owning the resource (default: the principal's). Only same-account logic is simulated. */
  resourceAccountId?: string;
  /** `service:Operation`, e.g. `s3:PutObject`. */
  action: string;
  /** The resource ARN, e.g. `arn:aws:s3:::my-bucket/key.txt`; `*` for actions with no resource (ListAllMyBuckets). */
  resource: string;
  context?: RequestContext;
}

/** How one element (Action, Resource, Principal) of a statement compared with the request. */
export interface ElementMatch {
  element: 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'Principal' | 'NotPrincipal';
  matched: boolean;
  /** The pattern that matched (for Action/Resource/Principal) or the one that excluded (Not…), if any. */
  pattern?: string;
  /** Plain explanation: `s3:PutObject matches s3:Put*`, `arn:aws:s3:::b/k does not match arn:aws:s3:::b`. */
  reason: string;
  /** The element's values as written (Resource values with policy variables substituted where they resolve). */
  patterns?: string[];
  /** True when it was not compared because an earlier element already failed (then `matched` is false). */
  skipped?: boolean;
}

/** One operator/key pair of a Condition block. */
export interface ConditionClauseMatch {
  operator: string;
  key: string;
  /** The policy's values after substituting policy variables. */
  values: string[];
  /** The request's value(s) for the key; null when the key is absent. */
  requestValue: string[] | null;
  matched: boolean;
  reason: string;
}

/** How a whole Condition block compared (all clauses must match). */
export interface ConditionMatch {
  matched: boolean;
  clauses: ConditionClauseMatch[];
  /** Set when the condition was not evaluated because Action, Resource or Principal already failed. */
  skipped?: string;
}

/** The trace of one statement. */
export interface StatementTrace {
  /** NamedPolicy.source of the policy holding it. */
  policy: string;
  sourceKind: PolicySourceKind;
  /** 0-based index in the policy's Statement array. */
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  action: ElementMatch;
  resource: ElementMatch;
  /** Only for resource and trust policies. */
  principal?: ElementMatch;
  /** Absent when the statement has no Condition. */
  condition?: ConditionMatch;
  /** True when every element and the condition matched: the statement applies to the request. */
  applies: boolean;
}

/** Which statement decided, or none (implicit deny). */
export interface DecidingStatement {
  policy: string;
  sourceKind: PolicySourceKind;
  index: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
}

/** The outcome of an evaluation. */
export interface Decision {
  allowed: boolean;
  decision: 'explicit-deny' | 'allow' | 'implicit-deny';
  /** The request evaluated (action, resource, principal ARN) for the explanation. */
  action: string;
  resource: string;
  principalArn: string;
  /** Every statement considered, in order: identity policies first, then the resource policy. */
  statements: StatementTrace[];
  /** The statement that decided: the first applying Deny, else the first applying Allow; absent for implicit deny. */
  decidedBy?: DecidingStatement;
  /** One-line summary, e.g. `Allowed by user inline policy S3Write (statement 0, Sid AllowPut)`. */
  summary: string;
}

/** One step of the credential provider chain, as the `aws` command records it (lib/aws/explanation.ts, awscore). */
export interface CredentialChainStep {
  /** `env`, `assume-role`, `shared-credentials-file`, `config-file`… (botocore's Credentials.method names). */
  provider: string;
  outcome: 'used' | 'skipped' | 'failed';
  /** Why: `--profile was given, so the environment is not read`, `AWS_ACCESS_KEY_ID is not exported (or empty)`. */
  reason: string;
}

/**
 * The structured explanation of one `aws` call, as `AwsCallRecord.explanation` holds it (structurally the same as
 * awscore's `CallExplanation`): the credential chain, how the key was authenticated, and the authorization step,
 * whose `details` is this evaluator's `Decision`.
 */
export interface AwsCallExplanation {
  credentials: CredentialChainStep[];
  authentication?: { outcome: string; reason: string };
  authorization?: {
    action: string;
    resource: string;
    decision: 'allow' | 'explicit-deny' | 'implicit-deny';
    reason: string;
    details?: unknown;
  };
}

/** A grammar or JSON error in a policy document, worded as IAM's API returns it. */
export interface PolicyDocumentError {
  /** `MalformedPolicyDocument` (IAM) or `MalformedPolicy` (S3 bucket policies) for grammar, `LimitExceeded` for size. */
  code: 'MalformedPolicyDocument' | 'MalformedPolicy' | 'LimitExceeded';
  message: string;
}

/** The result of parsing: the document, or the error IAM would return. */
export type ParseResult = { ok: true; document: PolicyDocument } | { ok: false; error: PolicyDocumentError };
