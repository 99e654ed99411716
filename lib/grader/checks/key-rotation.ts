// Check: an access key was rotated without downtime, judged from what ran: a call signed with the user's
// new key succeeded before the old key was made Inactive, and the old key was deleted only after that.
import type { ExecutionRecord } from '../../shell/types';
import { awsParameter, isAws } from '../records';
import type { Check, GradeState } from '../types';

export interface KeyRotationOptions {
  id: string;
  label: string;
  userName: string;
  /** The key being replaced. */
  oldAccessKeyId: string;
}

/** A parameter of an `aws` record: `--access-key-id X`, or the member of inline/`file://` `--cli-input-json`. */
function param(
  record: ExecutionRecord,
  state: GradeState,
  option: string,
  member: string,
): string | undefined {
  const direct = awsParameter(record, option);
  if (direct !== undefined) return direct;
  const input = awsParameter(record, '--cli-input-json');
  if (typeof input !== 'string') return undefined;
  const text = input.startsWith('file://') ? state.readFile(input.slice('file://'.length)) : input;
  try {
    const value = (JSON.parse(text ?? '') as Record<string, unknown>)[member];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Authenticated calls: the key was accepted (the caller may still lack a permission). */
const AUTHENTICATED = new Set(['ok', 'access-denied', 'client-error']);

export function keyRotation({ id, label, userName, oldAccessKeyId }: KeyRotationOptions): Check {
  return {
    id,
    label,
    run(state) {
      const ok = (r: ExecutionRecord) => r.exitCode === 0;
      const about = (r: ExecutionRecord) =>
        param(r, state, '--access-key-id', 'AccessKeyId') === oldAccessKeyId;
      const deactivated = state.records.find(
        (r) =>
          ok(r) &&
          isAws(r, 'iam', 'update-access-key') &&
          about(r) &&
          param(r, state, '--status', 'Status') === 'Inactive',
      );
      const deleted = state.records.find((r) => ok(r) && isAws(r, 'iam', 'delete-access-key') && about(r));
      const deactivate = `\`aws iam update-access-key --user-name ${userName} --access-key-id ${oldAccessKeyId} --status Inactive\``;
      if (deleted && (!deactivated || deactivated.seq > deleted.seq)) {
        return {
          pass: false,
          message: `The old key \`${oldAccessKeyId}\` was deleted while it was still Active: deactivate it first (${deactivate}), so you can switch it back on if something still needed it.`,
        };
      }
      if (!deactivated) return { pass: false, message: `Deactivate the old key first: ${deactivate}.` };
      const user = state.account.users.find((u) => u.userName === userName);
      const issued = new Set(
        (user?.accessKeys ?? []).map((k) => k.accessKeyId).filter((k) => k !== oldAccessKeyId),
      );
      const used = state.records.find(
        (r) =>
          r.aws &&
          r.aws.accessKeyId !== null &&
          issued.has(r.aws.accessKeyId) &&
          AUTHENTICATED.has(r.aws.outcome),
      );
      if (!used) {
        return {
          pass: false,
          message: `No \`aws\` call has used a new key of \`${userName}\` yet: create one, configure it and run a command with it (e.g. \`aws sts get-caller-identity\`) before deactivating the old key.`,
        };
      }
      if (used.seq > deactivated.seq) {
        return {
          pass: false,
          message: `The old key was deactivated before the new key \`${used.aws!.accessKeyId}\` had been used: anything still on the old key would have stopped working. Prove the new key works first, then deactivate the old one.`,
        };
      }
      return { pass: true };
    },
  };
}
