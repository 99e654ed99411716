// The call pipeline every service command goes through, in the order the real CLI and AWS report
// problems: region and credentials (client side), then authentication against the account, the key's
// last use, and authorization of the action on the resource by the policy evaluator.
import type { CommandContext } from '../cli/command';
import { CliExit, EXIT, generalError, noCredentialsError, noRegionError } from '../cli/errors';
import { loadPart } from '../cli/load-part';
import { accountNow, authenticate, type Principal } from '../account';
import {
  attachedPolicyArns,
  decide,
  type Decision,
  type DenyingPolicyType,
  type PolicySource,
} from '../authorization';
import { preloadManagedPolicies } from '../policy-adapter';
import { AWS_REGIONS, REGION_NAME_FORMAT } from '../config/known-names';
import { resolveCredentialChain } from '../config/resolve-credentials';
import type { CallExplanation } from '../explanation';

/** How one service talks: its name, whether it needs a region, and its error texts. */
export interface ServiceCall {
  /** The endpoint prefix and IAM service prefix (`sts`, `s3`, `iam`). */
  service: string;
  operation: string;
  /** s3 and iam work without a region (global endpoints); so does sts. */
  regionRequired: boolean;
  /** The AWS error for an unknown key and for a wrong secret, as [code, message]. */
  unknownKey: [string, string];
  wrongSecret: [string, string];
  /** The AWS error for a session token that was never issued. */
  invalidToken: [string, string];
  /** The AWS error for an expired session (default: STS/IAM's ExpiredToken). */
  expiredToken?: [string, string];
  /** The AccessDenied [code, message] for a refused action (default: IAM's, see accessDeniedMessage). */
  accessDenied?: (denial: Denial) => [string, string];
}

/** What a call asks permission for. */
export interface ActionRequest {
  action: string;
  resource: string;
  resourcePolicy?: PolicySource;
}

/** Texts shared by the Query-protocol services (IAM and STS). */
export const QUERY_SERVICE_ERRORS = {
  unknownKey: ['InvalidClientTokenId', 'The security token included in the request is invalid.'],
  invalidToken: ['InvalidClientTokenId', 'The security token included in the request is invalid.'],
  wrongSecret: [
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
  ],
  expiredToken: ['ExpiredToken', 'The security token included in the request is expired'],
} satisfies Partial<ServiceCall>;

export function clientError(code: string, operation: string, message: string): CliExit {
  return generalError(
    `An error occurred (${code}) when calling the ${operation} operation: ${message}`,
    EXIT.client,
  );
}

/** One refused request, as AWS's AccessDenied message describes it. */
export interface Denial {
  principalArn: string;
  action: string;
  /** The resource ARN; `*` for an action that takes none (the message then names no resource). */
  resource: string;
  /** How it was refused and which kind of policy AWS names; absent when the service names none (AssumeRole). */
  reason?: { explicit: boolean; policyType: DenyingPolicyType };
}

/**
 * AWS's "not authorized" message, in the format of the IAM User Guide ("Access denied error message examples",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html):
 * `User: <principal> is not authorized to perform: <action> on resource: <resource> because no <type> policy
 * allows the <action> action`, or `… with an explicit deny in a(n) <type> policy`; an action on no particular
 * resource (`*`) names none. S3 quotes the resource ARN (`on resource: "arn:aws:s3:::bucket/key"`, "Access denied
 * message examples" in https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html).
 */
export function accessDeniedMessage(denial: Denial, wording: { quoteResource?: boolean } = {}): string {
  const { principalArn, action, resource, reason } = denial;
  const on = resource === '*' ? '' : ` on resource: ${wording.quoteResource ? `"${resource}"` : resource}`;
  const because = !reason
    ? ''
    : reason.explicit
      ? ` with an explicit deny in ${reason.policyType === 'identity-based' ? 'an' : 'a'} ${reason.policyType} policy`
      : ` because no ${reason.policyType} policy allows the ${action} action`;
  return `User: ${principalArn} is not authorized to perform: ${action}${on}${because}`;
}

const iamAccessDenied = (denial: Denial): [string, string] => ['AccessDenied', accessDeniedMessage(denial)];

function endpoint(call: ServiceCall, region: string | null): string {
  if (call.service === 's3' && (region === null || region === 'us-east-1'))
    return 'https://s3.amazonaws.com/';
  return `https://${call.service}.${region}.amazonaws.com/`;
}

function explanationOf(ctx: CommandContext): CallExplanation {
  return (ctx.record.explanation ??= { credentials: [] }) as CallExplanation;
}

/** Client side and authentication: returns who the request acts as, or ends the command with AWS's error. */
export async function authenticateCall(ctx: CommandContext, call: ServiceCall): Promise<Principal> {
  const { session, globals, invocation, record } = ctx;
  const resolved = await session.region();
  const region = resolved?.value || null;
  record.region = region;
  if (region !== null && !REGION_NAME_FORMAT.test(region)) {
    throw generalError(`Provided region_name '${region}' doesn't match a supported format.`);
  }
  const { credentials, chain } = await resolveCredentialChain(session);
  const explanation = explanationOf(ctx);
  explanation.credentials = chain;
  if (!credentials) {
    record.outcome = 'no-credentials';
    throw noCredentialsError();
  }
  record.credentialSource = credentials.method;
  record.accessKeyId = credentials.accessKey;
  if (region === null && call.regionRequired) throw noRegionError();
  if (globals.endpointUrl !== undefined) {
    throw generalError(
      `Could not connect to the endpoint URL: "${globals.endpointUrl.replace(/\/?$/, '/')}"`,
    );
  }
  // IAM has one global endpoint (https://iam.amazonaws.com/) whatever the region; others are regional.
  if (region !== null && !AWS_REGIONS.includes(region) && call.service !== 'iam') {
    throw generalError(`Could not connect to the endpoint URL: "${endpoint(call, region)}"`);
  }
  const account = invocation.account;
  const auth = credentials.role
    ? await (
        await loadPart('role profiles', () => import('../services/sts/role-profile'))
      ).assumeForProfile(ctx, credentials)
    : authenticate(account, credentials);
  explanation.authentication = {
    outcome: auth.kind,
    reason: auth.kind === 'ok' ? `signed by ${auth.principal.arn}` : auth.reason,
  };
  if (auth.kind !== 'ok') {
    record.outcome = 'auth-failed';
    const [code, message] =
      auth.kind === 'unknown-key' || auth.kind === 'inactive-key'
        ? call.unknownKey
        : auth.kind === 'wrong-secret'
          ? call.wrongSecret
          : auth.kind === 'expired-token'
            ? (call.expiredToken ?? QUERY_SERVICE_ERRORS.expiredToken)
            : call.invalidToken;
    record.errorCode = code;
    throw clientError(code, call.operation, message);
  }
  const principal = auth.principal;
  record.identityArn = principal.arn;
  if (principal.kind === 'role-session') record.accessKeyId = principal.session.accessKeyId;
  if (principal.kind === 'user') {
    principal.key.lastUsed = {
      date: accountNow(account)
        .toISOString()
        .replace(/\.\d{3}Z$/, '+00:00'),
      serviceName: call.service,
      // IAM is global: it is signed for, and reported in, us-east-1.
      region: call.service === 'iam' ? 'us-east-1' : (region ?? 'us-east-1'),
    };
  }
  // Large AWS managed policies (ReadOnlyAccess) are loaded on first use, before the synchronous evaluation.
  await loadPart('the AWS managed policies', () =>
    preloadManagedPolicies(attachedPolicyArns(account, principal)),
  );
  return principal;
}

/**
 * Asks the policy evaluator and notes the decision for `why`; returns what a refusal must say (null when allowed).
 * For services that report a refusal their own way (S3's HEAD requests); the others use authorizeAction.
 */
export function deniedRequest(
  ctx: CommandContext,
  principal: Principal,
  request: ActionRequest,
): Denial | null {
  const account = ctx.invocation.account;
  const decision = decide(
    account,
    principal,
    request.action,
    request.resource,
    accountNow(account),
    request.resourcePolicy,
  );
  explanationOf(ctx).authorization = {
    action: request.action,
    resource: request.resource,
    decision: decision.decision,
    reason: decision.reason,
    details: decision.details,
  };
  if (decision.decision === 'allow') return null;
  ctx.record.outcome = 'access-denied';
  ctx.record.errorCode = 'AccessDenied';
  return denialOf(principal.arn, request, decision);
}

/** What AWS says about a refused request, from the evaluator's decision. */
export function denialOf(
  principalArn: string,
  request: Pick<ActionRequest, 'action' | 'resource'>,
  decision: Decision,
): Denial {
  return {
    principalArn,
    action: request.action,
    resource: request.resource,
    reason: {
      explicit: decision.decision === 'explicit-deny',
      // An explicit deny names the kind of policy holding the Deny statement; inside one account an implicit
      // deny is the identity's policies allowing nothing (a same-account bucket policy need not allow).
      policyType: (decision.decision === 'explicit-deny' && decision.deniedBy) || 'identity-based',
    },
  };
}

/** Asks the policy evaluator; a denial ends the command with the service's AccessDenied text. */
export function authorizeAction(
  ctx: CommandContext,
  call: ServiceCall,
  principal: Principal,
  request: ActionRequest,
): void {
  const denial = deniedRequest(ctx, principal, request);
  if (!denial) return;
  const [code, message] = (call.accessDenied ?? iamAccessDenied)(denial);
  ctx.record.errorCode = code;
  throw clientError(code, call.operation, message);
}

/** authenticateCall, then authorizeAction when the call needs a permission (GetCallerIdentity needs none). */
export async function authorize(
  ctx: CommandContext,
  call: ServiceCall,
  request?: ActionRequest,
): Promise<Principal> {
  const principal = await authenticateCall(ctx, call);
  if (request) authorizeAction(ctx, call, principal, request);
  return principal;
}
