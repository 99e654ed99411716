// `aws iam get-access-key-last-used`: when, where and with which service a key last signed a request
// (IAM API reference: GetAccessKeyLastUsed; never used → ServiceName and Region "N/A").
import { iamArn, iamCommand } from './define';
import { ServiceError } from '../operation';
import type { SimulatedAccount } from '../../types';

function owner(account: SimulatedAccount, id: string) {
  for (const user of account.users) {
    const key = user.accessKeys.find((k) => k.accessKeyId === id);
    if (key) return { user, key };
  }
  return null;
}

export const getAccessKeyLastUsed = iamCommand('get-access-key-last-used', {
  summary: 'Retrieves information about when the specified access key was last used.',
  resource: (input, account) =>
    iamArn(account, 'user', owner(account, String(input.AccessKeyId))?.user.userName ?? ''),
  run(input, { account }) {
    const id = String(input.AccessKeyId);
    const found = owner(account, id);
    if (!found) throw new ServiceError('NoSuchEntity', `The Access Key with id ${id} cannot be found.`);
    const used = found.key.lastUsed;
    return {
      UserName: found.user.userName,
      AccessKeyLastUsed: used
        ? { LastUsedDate: used.date, ServiceName: used.serviceName, Region: used.region }
        : { ServiceName: 'N/A', Region: 'N/A' },
    };
  },
});
