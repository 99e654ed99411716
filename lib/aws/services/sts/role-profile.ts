// Role profiles (`role_arn` + `source_profile`): what botocore's AssumeRoleProvider does before the actual
// call — the credentials cached in ~/.aws/cli/cache while they have 15 minutes left, else AssumeRole with the
// source profile's keys (the result cached for the next command).
import type { CommandContext } from '../../cli/command';
import { generalError } from '../../cli/errors';
import { accountNow, authenticate, type Authentication } from '../../account';
import { clientError } from '../../commands/service-call';
import type { ResolvedCredentials } from '../../config/resolve-credentials';
import type { CallExplanation } from '../../explanation';
import { ServiceError } from '../operation';
import { assumeRole, STS_CALL } from './assume';
import {
  readRoleCache,
  roleCacheContent,
  roleCachePath,
  writeRoleCache,
  type CachedRoleCredentials,
} from './role-cache';

/** Adds what the cache did to the explanation's assume-role step (the chain names the profile, not the cache). */
function noteCache(ctx: CommandContext, profile: string, text: string): void {
  const explanation = ctx.record.explanation as CallExplanation | undefined;
  const step = explanation?.credentials.find((s) => s.provider === 'assume-role' && s.outcome === 'used');
  if (step) step.reason += `; ${profile}: ${text}`;
}

/** The role session a role profile acts as (from the CLI's cache, or assumed now), or why it failed. */
export async function assumeForProfile(
  ctx: CommandContext,
  credentials: ResolvedCredentials,
): Promise<Authentication> {
  const c = await roleProfileCredentials(ctx, credentials);
  return authenticate(ctx.invocation.account, c);
}

/**
 * The temporary credentials of a role profile as botocore's AssumeRoleCredentialFetcher gets them: the cached
 * entry while it has 15 minutes left, else AssumeRole with the source profile's (written to the cache). Throws the
 * CLI's error when the cache entry is damaged or STS refuses.
 */
export async function roleProfileCredentials(
  ctx: CommandContext,
  credentials: ResolvedCredentials,
): Promise<CachedRoleCredentials> {
  const role = credentials.role!;
  const { account, fs, env } = ctx.invocation;
  const now = accountNow(account);
  const home = env.HOME ?? '/home/learner';
  const path = roleCachePath(role, env);
  const shown = path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path;
  const cached = await readRoleCache(fs, path, now);
  if (cached.kind === 'error') {
    // The CLI does not skip a damaged entry: the Python exception ends the command (exit 255).
    ctx.record.outcome = 'error';
    noteCache(
      ctx,
      role.profile,
      `${shown} cannot be used (${cached.message}): delete it to assume the role again`,
    );
    throw generalError(cached.message);
  }
  if (cached.kind === 'hit') {
    noteCache(
      ctx,
      role.profile,
      `cached credentials from ${shown} (expire ${cached.credentials.expiration})`,
    );
    return cached.credentials;
  }
  const source = authenticate(
    account,
    role.source.role ? await roleProfileCredentials(ctx, role.source) : role.source,
  );
  if (source.kind !== 'ok') {
    ctx.record.outcome = 'auth-failed';
    const [code, message] =
      source.kind === 'wrong-secret'
        ? STS_CALL.wrongSecret
        : source.kind === 'expired-token'
          ? STS_CALL.expiredToken!
          : STS_CALL.unknownKey;
    ctx.record.errorCode = code;
    throw clientError(code, 'AssumeRole', message);
  }
  const caller = source.principal;
  if (caller.kind === 'user') {
    caller.key.lastUsed = {
      date: now.toISOString().replace(/\.\d{3}Z$/, '+00:00'),
      serviceName: 'sts',
      region: 'us-east-1',
    };
  }
  let session;
  try {
    session = assumeRole(
      account,
      caller,
      {
        roleArn: role.roleArn,
        roleSessionName: role.roleSessionName ?? `botocore-session-${Math.floor(now.getTime() / 1000)}`,
        ...(role.durationSeconds !== undefined ? { durationSeconds: role.durationSeconds } : {}),
      },
      ctx.record,
    );
  } catch (error) {
    if (error instanceof ServiceError) throw clientError(error.code, 'AssumeRole', error.message);
    throw error;
  }
  await writeRoleCache(fs, path, roleCacheContent(account, session, now));
  noteCache(
    ctx,
    role.profile,
    `${cached.reason}, so the CLI called AssumeRole and cached the result in ${shown}`,
  );
  return {
    accessKey: session.accessKeyId,
    secretKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
    expiration: session.expiration,
  };
}
