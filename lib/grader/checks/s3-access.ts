// Check: what a user may do to a bucket once its bucket policy and the user's own policies are both evaluated
// (the same decision the simulated S3 makes), for requests with a chosen context such as plain HTTP.
import { userArn } from '../../aws/account';
import {
  attachedPolicyArns,
  identityPolicies,
  requestContext,
  type PolicySource,
} from '../../aws/authorization';
import { evaluatePolicies, preloadManagedPolicies } from '../../aws/policy-adapter';
import { parsePolicyDocument } from '../../aws/policy/parse';
import type { Check, CheckOutcome } from '../types';

/** One request against the bucket: an action, an object key (none: the bucket itself), condition keys. */
export interface S3AccessRequest {
  action: string;
  key?: string;
  /** Overrides of the sandbox's request context, e.g. `{ 'aws:SecureTransport': 'false' }`. */
  context?: Record<string, string>;
  /** How the message names the request's context: `over plain HTTP`. */
  describe?: string;
}

export interface S3AccessOptions {
  id: string;
  label: string;
  bucket: string;
  /** The IAM user making the requests (its identity policies count too). */
  user: string;
  allows: S3AccessRequest[];
  denies: S3AccessRequest[];
  /** The check fails when the bucket has no policy (default true). */
  requirePolicy?: boolean;
}

const shown = (bucket: string, r: S3AccessRequest) =>
  `\`${r.action}\` on \`arn:aws:s3:::${bucket}${r.key === undefined ? '' : `/${r.key}`}\`${r.describe ? ` ${r.describe}` : ''}`;

export function s3Access(options: S3AccessOptions): Check {
  const { id, label, bucket, user: userName, allows, denies, requirePolicy = true } = options;
  return {
    id,
    label,
    async run(state): Promise<CheckOutcome> {
      const account = state.account;
      const found = (account.buckets ?? []).find((b) => b.name === bucket);
      if (!found) return { pass: false, message: `There is no bucket \`${bucket}\`.` };
      const user = account.users.find((u) => u.userName === userName);
      const key = user?.accessKeys[0];
      if (!user || !key) return { pass: false, message: `The user \`${userName}\` no longer exists.` };
      if (found.policy === undefined && requirePolicy)
        return {
          pass: false,
          message: `\`${bucket}\` has no bucket policy yet: \`aws s3api put-bucket-policy\`.`,
        };
      let resourcePolicy: PolicySource | undefined;
      if (found.policy !== undefined) {
        const parsed = parsePolicyDocument(found.policy, 'resource');
        if (!parsed.ok)
          return {
            pass: false,
            message: `The bucket policy of \`${bucket}\` is not valid: AWS would answer ${parsed.error.code}: ${parsed.error.message}`,
          };
        resourcePolicy = { label: `bucket policy of ${bucket}`, document: found.policy };
      }
      const principal = { kind: 'user' as const, arn: userArn(account, user), user, key };
      await preloadManagedPolicies(attachedPolicyArns(account, principal));
      const now = account.clock ? new Date(account.clock) : new Date();
      const run = (r: S3AccessRequest) => {
        const resource = `arn:aws:s3:::${bucket}${r.key === undefined ? '' : `/${r.key}`}`;
        return evaluatePolicies({
          principalArn: principal.arn,
          identityPolicies: identityPolicies(account, principal),
          resourcePolicy,
          action: r.action,
          resource,
          context: { ...requestContext(account, principal, now), ...r.context },
        });
      };
      for (const r of denies) {
        if (run(r).decision === 'allow')
          return {
            pass: false,
            message: `${shown(bucket, r)} is still allowed for \`${userName}\`: the policy needs a Deny statement that matches it.`,
          };
      }
      for (const r of allows) {
        const decision = run(r);
        if (decision.decision !== 'allow')
          return {
            pass: false,
            message: `${shown(bucket, r)} is now denied to \`${userName}\` too (${decision.reason}): the Deny matches more than it should.`,
          };
      }
      return { pass: true };
    },
  };
}
