// `aws iam attach-role-policy` (IAM API reference: AttachRolePolicy).
import { attachCommand } from './attachments';

export const attachRolePolicy = attachCommand('role');
