// `aws iam list-attached-group-policies` (IAM API reference: ListAttachedGroupPolicies).
import { listAttachedCommand } from './attachments';

export const listAttachedGroupPolicies = listAttachedCommand('group');
