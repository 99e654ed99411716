// `aws iam attach-group-policy` (IAM API reference: AttachGroupPolicy).
import { attachCommand } from './attachments';

export const attachGroupPolicy = attachCommand('group');
