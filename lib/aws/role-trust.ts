// Whether a principal of the account may assume a role: the question `sts assume-role` asks the evaluator,
// without issuing a session (for graders and explanations).
import { accountNow, roleArn, userArn, type Principal } from './account';
import { decide, type Decision } from './authorization';
import type { SimulatedAccount } from './types';

/** The evaluator's answer for `sts:AssumeRole` of `roleName` by the user `userName`, or null when either is missing. */
export function assumeRoleDecision(
  account: SimulatedAccount,
  userName: string,
  roleName: string,
): Decision | null {
  const user = account.users.find((u) => u.userName === userName);
  const role = (account.roles ?? []).find((r) => r.roleName === roleName);
  if (!user || !role) return null;
  const principal: Principal = {
    kind: 'user',
    arn: userArn(account, user),
    user,
    key: user.accessKeys[0] ?? { accessKeyId: '', secretAccessKey: '' },
  };
  return decide(account, principal, 'sts:AssumeRole', roleArn(account, role), accountNow(account), {
    label: `trust policy of role ${role.roleName}`,
    document: role.assumeRolePolicyDocument,
  });
}
