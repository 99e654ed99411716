// `aws iam get-user`: the named user, or the caller (IAM API reference: GetUser).
import { iamCommand, userResource } from './define';
import { targetUser, userResponse } from './store';

export const getUser = iamCommand('get-user', {
  summary:
    "Retrieves information about the specified IAM user, including the user's creation date, path, unique ID, and ARN.",
  resource: userResource,
  run(input, call) {
    return { User: userResponse(call.account, targetUser(call, input.UserName)) };
  },
});
