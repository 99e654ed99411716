// `aws s3api list-buckets` (S3 API reference: ListBuckets).
import { authorizeS3, type S3Caller } from '../s3/call';
import { compareKeys, isoSeconds, visibleBuckets } from '../s3/store';
import { s3apiCommand } from './define';

/** The canonical user ID S3 shows as the owner (the API reference's example ID). */
export const S3_OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

/** The owner's display name S3 shows: the calling user's name (a role session's is its role's). */
export const ownerName = (caller: S3Caller) => caller.owner ?? caller.principal.arn.split('/')[1] ?? '';

export const listBuckets = s3apiCommand('list-buckets', {
  summary: 'Returns a list of all buckets owned by the authenticated sender of the request.',
  run(_input, caller) {
    authorizeS3(caller, 's3:ListAllMyBuckets', '*', 'ListBuckets');
    const buckets = [...visibleBuckets(caller.account, caller.owner)];
    if (caller.account.buckets) buckets.sort((a, b) => compareKeys(a.name, b.name));
    return {
      Buckets: buckets.map((b) => ({ Name: b.name, CreationDate: isoSeconds(new Date(b.creationDate)) })),
      Owner: { DisplayName: ownerName(caller), ID: S3_OWNER_ID },
    };
  },
});
