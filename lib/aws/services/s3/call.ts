// One S3 caller per invocation: authentication through the call pipeline, bucket lookup, and authorization of
// each action on its resource (with the bucket policy as the resource policy).
import type { CommandContext } from '../../cli/command';
import { CliExit, EXIT } from '../../cli/errors';
import type { Principal } from '../../account';
import {
  accessDeniedMessage,
  authenticateCall,
  deniedRequest,
  type ServiceCall,
} from '../../commands/service-call';
import type { SimulatedAccount, SimulatedBucket } from '../../types';
import { lookupBucket } from './store';

/** An error S3 answered with; printed as `An error occurred (Code) when calling the Op operation: Message`. */
export class S3Error extends Error {
  constructor(
    readonly code: string,
    readonly operation: string,
    readonly detail: string,
  ) {
    super(`An error occurred (${code}) when calling the ${operation} operation: ${detail}`);
  }
}

/** Who is calling, once authenticated. */
export interface S3Caller {
  ctx: CommandContext;
  account: SimulatedAccount;
  principal: Principal;
  /** The user name buckets from old saved states stay visible to (their `owner`); null for role sessions. */
  owner: string | null;
  /** The region requests are signed for (`us-east-1` when none is configured). */
  region: string;
}

/**
 * S3's texts for refused requests (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html). A refused
 * action inside the account names principal, action, quoted resource and policy type ("Access denied message
 * examples", https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html).
 */
export const S3_ERRORS = {
  unknownKey: ['InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.'],
  invalidToken: ['InvalidToken', 'The provided token is malformed or otherwise invalid.'],
  wrongSecret: [
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  ],
  expiredToken: ['ExpiredToken', 'The provided token has expired.'],
  accessDenied: (denial) => ['AccessDenied', accessDeniedMessage(denial, { quoteResource: true })],
} satisfies Partial<ServiceCall>;

export function s3Call(operation: string): ServiceCall {
  return { service: 's3', operation, regionRequired: false, ...S3_ERRORS };
}

/** The caller of an authenticated request: its bucket owner name and the region it is signed for. */
export async function callerOf(ctx: CommandContext, principal: Principal): Promise<S3Caller> {
  const region = (await ctx.session.region())?.value || 'us-east-1';
  const owner = principal.kind === 'user' ? principal.user.userName : null;
  return { ctx, account: ctx.invocation.account, principal, owner, region };
}

/** Authenticates like any S3 request; a refusal ends the command as the CLI reports it (throws CliExit). */
export async function s3Caller(ctx: CommandContext, operation: string): Promise<S3Caller> {
  return callerOf(ctx, await authenticateCall(ctx, s3Call(operation)));
}

/**
 * Like s3Caller, but a refusal becomes a message (`transfer failed: … <message>`): the transfer commands
 * print it per file instead of ending with the service's exit code.
 */
export async function s3CallerOrMessage(
  ctx: CommandContext,
  operation: string,
): Promise<{ caller: S3Caller } | { message: string; exit: CliExit }> {
  try {
    return { caller: await s3Caller(ctx, operation) };
  } catch (error) {
    if (error instanceof CliExit) {
      // The exception's own text: the "You can configure credentials…" hint is added by the CLI's main loop only.
      const message = error.result.stderr.trim().replace(/^(Unable to locate credentials)\..*$/s, '$1');
      return { message, exit: error };
    }
    throw error;
  }
}

/** True when the CLI reports this refusal per request (credentials missing or refused by AWS), not at start-up. */
export function isRequestFailure(exit: CliExit): boolean {
  const { exitCode, stderr } = exit.result;
  return (
    exitCode === EXIT.client ||
    (exitCode === EXIT.configuration && stderr.includes('Unable to locate credentials'))
  );
}

/** A request that could not be sent or was refused before S3 looked at it; the text is printed as is. */
export class RequestFailure extends Error {}

/**
 * Asks the policy evaluator about one action on one resource, with the bucket's policy as the resource
 * policy; a denial throws S3's `AccessDenied` (the pipeline has recorded the decision for `why`).
 */
export function authorizeS3(
  caller: S3Caller,
  action: string,
  resourceArn: string,
  operation: string,
  bucket?: SimulatedBucket,
): void {
  const resourcePolicy = bucket?.policy
    ? { label: `bucket policy of ${bucket.name}`, document: bucket.policy }
    : undefined;
  const denial = deniedRequest(caller.ctx, caller.principal, {
    action,
    resource: resourceArn,
    ...(resourcePolicy ? { resourcePolicy } : {}),
  });
  if (!denial) return;
  // HEAD requests carry no error body: botocore reports the status (403 Forbidden).
  if (operation.startsWith('Head')) throw new S3Error('403', operation, 'Forbidden');
  const [code, message] = S3_ERRORS.accessDenied(denial);
  throw new S3Error(code, operation, message);
}

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;

/**
 * The bucket, or the S3 error AWS answers (NoSuchBucket, AccessDenied). A bucket kept for another user of an old
 * saved state stands for another account's bucket: a request from outside the owner's account gets the generic
 * `Access Denied` (troubleshoot-403-errors.html: enhanced messages are for same-account requests only).
 */
export function requireBucket(caller: S3Caller, name: string, operation: string): SimulatedBucket {
  const found = lookupBucket(caller.account, caller.owner, name);
  if (found.kind === 'forbidden') throw new S3Error('AccessDenied', operation, 'Access Denied');
  if (found.kind === 'missing')
    throw new S3Error('NoSuchBucket', operation, 'The specified bucket does not exist');
  return found.bucket;
}
