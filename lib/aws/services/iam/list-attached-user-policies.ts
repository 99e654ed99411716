// `aws iam list-attached-user-policies` (IAM API reference: ListAttachedUserPolicies).
import { listAttachedCommand } from './attachments';

export const listAttachedUserPolicies = listAttachedCommand('user');
