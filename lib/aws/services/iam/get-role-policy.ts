// `aws iam get-role-policy` (IAM API reference: GetRolePolicy).
import { getCommand } from './inline-policies';

export const getRolePolicy = getCommand('role');
