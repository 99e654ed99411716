// `aws iam put-user-policy` (IAM API reference: PutUserPolicy).
import { putCommand } from './inline-policies';

export const putUserPolicy = putCommand('user');
