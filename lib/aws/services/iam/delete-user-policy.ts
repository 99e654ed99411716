// `aws iam delete-user-policy` (IAM API reference: DeleteUserPolicy).
import { deleteCommand } from './inline-policies';

export const deleteUserPolicy = deleteCommand('user');
