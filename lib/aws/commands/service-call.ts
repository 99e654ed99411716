// The call pipeline every service command goes through, in the order the real CLI and AWS report
// problems: region and credentials (client side), then authentication against the account, the key's
// last use, and authorization of the action on the resource by the policy evaluator.
import type { CommandContext } from '../cli/command';
import { CliExit, EXIT, generalError, noCredentialsError, noRegionError } from '../cli/errors';
import { loadPart } from '../cli/load-part';
import { accountNow, authenticate, type Principal } from '../account';
import { attachedPolicyArns, decide, type PolicySource } from '../authorization';
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
  /** The AccessDenied text for a refused action (default: IAM/STS's "User: … is not authorized …"). */
  accessDenied?: (
    principalArn: string,
    action: string,
    resource: string,
    explicit: boolean,
  ) => [string, string];
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

/** IAM's and STS's wording (see the "AccessDenied" examples in the IAM User Guide's troubleshooting page). */
function defaultAccessDenied(principalArn: string, action: string, resource: string, explicit: boolean) {
  const because = explicit
    ? 'with an explicit deny in an identity-based policy'
    : `because no identity-based policy allows the ${action} action`;
  return [
    'AccessDenied',
    `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource} ${because}`,
  ] as [string, string];
}

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

/** Asks the policy evaluator; a denial ends the command with the service's AccessDenied text. */
export function authorizeAction(
  ctx: CommandContext,
  call: ServiceCall,
  principal: Principal,
  request: ActionRequest,
): void {
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
  if (decision.decision === 'allow') return;
  ctx.record.outcome = 'access-denied';
  const [code, message] = (call.accessDenied ?? defaultAccessDenied)(
    principal.arn,
    request.action,
    request.resource,
    decision.decision === 'explicit-deny',
  );
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
