// `aws iam list-attached-role-policies` (IAM API reference: ListAttachedRolePolicies).
import { listAttachedCommand } from './attachments';

export const listAttachedRolePolicies = listAttachedCommand('role');
