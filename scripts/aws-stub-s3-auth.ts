// Who an S3 request to the recording stub acts as: the signature checked against the scenario's account (seeded
// users, keys and role sessions issued during the scenario), then each action asked of the simulator's own policy
// evaluator, refused with S3's documented AccessDenied text (the same builder the simulator uses).
import { accountNow, authenticate } from '../lib/aws/account';
import { attachedPolicyArns, decide } from '../lib/aws/authorization';
import { denialOf } from '../lib/aws/commands/service-call';
import { preloadManagedPolicies } from '../lib/aws/policy-adapter';
import { S3_ERRORS } from '../lib/aws/services/s3/call';
import type { SimulatedAccount } from '../lib/aws/types';
import { issuedSecret } from './aws-stub-query';
import { s3ErrorReply, type S3Reply } from './aws-stub-s3-xml';
import type { StubS3Caller } from './aws-stub-s3';

/** S3's error document for a request refused before S3 looked at it (403, with the key id it was signed with). */
function refused([code, message]: [string, string], accessKeyId: string): S3Reply {
  return s3ErrorReply(403, code, message, `<AWSAccessKeyId>${accessKeyId}</AWSAccessKeyId>`);
}

/**
 * Authenticates an S3 request as AWS does (unknown or inactive key, session token, wrong secret, expiry) and
 * returns the caller with its policy check, or the refusal to send.
 */
export async function s3CallerOf(
  account: SimulatedAccount,
  keyId: string,
  signedWith: (secret: string) => boolean,
  token: string | null,
): Promise<{ caller: StubS3Caller } | { reply: S3Reply }> {
  const issued = issuedSecret(account, keyId);
  const auth = authenticate(account, {
    accessKey: keyId,
    secretKey: issued && signedWith(issued.secret) ? issued.secret : '\u0000',
    sessionToken: token,
  });
  if (auth.kind !== 'ok') {
    const error =
      auth.kind === 'unknown-key' || auth.kind === 'inactive-key'
        ? S3_ERRORS.unknownKey
        : auth.kind === 'wrong-secret'
          ? S3_ERRORS.wrongSecret
          : auth.kind === 'expired-token'
            ? S3_ERRORS.expiredToken
            : S3_ERRORS.invalidToken;
    return { reply: refused(error, keyId) };
  }
  const principal = auth.principal;
  await preloadManagedPolicies(attachedPolicyArns(account, principal));
  const caller: StubS3Caller = {
    owner: principal.kind === 'user' ? principal.user.userName : null,
    displayName: principal.kind === 'user' ? principal.user.userName : principal.role.roleName,
    authorize(action, resource, bucketPolicy) {
      const bucketName = resource.replace(/^arn:aws:s3:::/, '').split('/')[0];
      const resourcePolicy =
        bucketPolicy === undefined
          ? undefined
          : { label: `bucket policy of ${bucketName}`, document: bucketPolicy };
      const decision = decide(account, principal, action, resource, accountNow(account), resourcePolicy);
      if (decision.decision === 'allow') return null;
      const [code, message] = S3_ERRORS.accessDenied(denialOf(principal.arn, { action, resource }, decision));
      return s3ErrorReply(403, code, message);
    },
  };
  return { caller };
}
