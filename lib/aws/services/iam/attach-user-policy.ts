// `aws iam attach-user-policy` (IAM API reference: AttachUserPolicy).
import { attachCommand } from './attachments';

export const attachUserPolicy = attachCommand('user');
