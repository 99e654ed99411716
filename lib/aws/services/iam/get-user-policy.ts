// `aws iam get-user-policy` (IAM API reference: GetUserPolicy).
import { getCommand } from './inline-policies';

export const getUserPolicy = getCommand('user');
