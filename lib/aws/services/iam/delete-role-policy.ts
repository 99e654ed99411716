// `aws iam delete-role-policy` (IAM API reference: DeleteRolePolicy).
import { deleteCommand } from './inline-policies';

export const deleteRolePolicy = deleteCommand('role');
