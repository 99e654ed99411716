// `aws iam put-role-policy` (IAM API reference: PutRolePolicy).
import { putCommand } from './inline-policies';

export const putRolePolicy = putCommand('role');
