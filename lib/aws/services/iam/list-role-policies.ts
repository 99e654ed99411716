// `aws iam list-role-policies` (IAM API reference: ListRolePolicies).
import { listCommand } from './inline-policies';

export const listRolePolicies = listCommand('role');
