// `aws iam create-access-key`: a new Active key pair, at most two per user (IAM API reference:
// CreateAccessKey; quota "Access keys assigned to an IAM user: 2", IAM User Guide "IAM and AWS STS quotas").
import { iamCommand, userResource } from './define';
import { deriveId, deriveSecret, targetUser } from './store';
import { ServiceError } from '../operation';

export const MAX_ACCESS_KEYS = 2;

export const createAccessKey = iamCommand('create-access-key', {
  summary:
    'Creates a new Amazon Web Services secret access key and corresponding access key ID for the specified user.',
  resource: userResource,
  run(input, call) {
    const user = targetUser(call, input.UserName);
    if (user.accessKeys.length >= MAX_ACCESS_KEYS) {
      throw new ServiceError(
        'LimitExceeded',
        `Cannot exceed quota for AccessKeysPerUser: ${MAX_ACCESS_KEYS}`,
      );
    }
    // Deterministic for one account state, but never an id issued before (a deleted key stays dead).
    const base = `key:${user.userName}:${call.timestamp}:${user.accessKeys.map((k) => k.accessKeyId).join()}`;
    const retired = new Set(call.account.retiredAccessKeyIds ?? []);
    let seed = base;
    for (let n = 1; retired.has(`AKIA${deriveId(seed, 16)}`); n++) seed = `${base}:${n}`;
    const key = {
      accessKeyId: `AKIA${deriveId(seed, 16)}`,
      secretAccessKey: deriveSecret(seed),
      status: 'Active' as const,
      createDate: call.timestamp,
    };
    user.accessKeys.push(key);
    return {
      AccessKey: {
        UserName: user.userName,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        SecretAccessKey: key.secretAccessKey,
        CreateDate: key.createDate,
      },
    };
  },
});
