// The structured explanation of one `aws` call (AwsCallRecord.explanation): which credential provider
// supplied the keys and why earlier ones were skipped, how AWS authenticated them, and the policy decision.

/** One provider of botocore's credential chain, in the order the CLI tries them. */
export interface CredentialChainStep {
  /** `env`, `assume-role`, `shared-credentials-file`, `config-file`… (botocore's method names). */
  provider: string;
  outcome: 'used' | 'skipped' | 'failed';
  /** Why, in plain words: "--profile was given, so the environment is not read", "no [dev] section"… */
  reason: string;
}

/** How the service judged the signed request. */
export interface AuthenticationStep {
  outcome: 'ok' | 'unknown-key' | 'inactive-key' | 'wrong-secret' | 'invalid-token' | 'expired-token';
  reason: string;
}

/** The authorization decision, as the policy evaluator explained it. */
export interface AuthorizationStep {
  /** `s3:GetObject`. */
  action: string;
  resource: string;
  decision: 'allow' | 'explicit-deny' | 'implicit-deny';
  /** One line for the learner. */
  reason: string;
  /** The evaluator's own explanation (matched statements…), passed on as it gave it. */
  details?: unknown;
}

/** AwsCallRecord.explanation for every call that reached the service. */
export interface CallExplanation {
  credentials: CredentialChainStep[];
  authentication?: AuthenticationStep;
  authorization?: AuthorizationStep;
}
