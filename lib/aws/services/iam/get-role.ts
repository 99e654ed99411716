// `aws iam get-role`: the role, its trust policy (decoded by the CLI) and last use (IAM API reference: GetRole).
import { iamArn, iamCommand } from './define';
import { findRole, roleResponse } from './store';

export const getRole = iamCommand('get-role', {
  summary:
    "Retrieves information about the specified role, including the role's path, GUID, ARN, and the role's trust policy.",
  resource: (input, account) => iamArn(account, 'role', String(input.RoleName)),
  run(input, { account }) {
    return { Role: roleResponse(account, findRole(account, String(input.RoleName)), true) };
  },
});
