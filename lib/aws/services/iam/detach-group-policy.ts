// `aws iam detach-group-policy` (IAM API reference: DetachGroupPolicy).
import { detachCommand } from './attachments';

export const detachGroupPolicy = detachCommand('group');
