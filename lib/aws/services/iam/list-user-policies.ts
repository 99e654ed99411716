// `aws iam list-user-policies` (IAM API reference: ListUserPolicies).
import { listCommand } from './inline-policies';

export const listUserPolicies = listCommand('user');
