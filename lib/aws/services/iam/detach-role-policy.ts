// `aws iam detach-role-policy` (IAM API reference: DetachRolePolicy).
import { detachCommand } from './attachments';

export const detachRolePolicy = detachCommand('role');
