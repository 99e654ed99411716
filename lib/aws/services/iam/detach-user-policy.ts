// `aws iam detach-user-policy` (IAM API reference: DetachUserPolicy).
import { detachCommand } from './attachments';

export const detachUserPolicy = detachCommand('user');
