// The IAM and STS Query APIs of the recording stub: form-encoded requests in, AWS's XML out (the response
// and error formats of the IAM and STS API references, "Making Query requests" / "Common errors").
// The answers come from the simulated services' own handlers over a per-scenario account: what the
// fixtures then prove is the CLI side (argument handling, XML parsing, pagination, output, errors).
// Service semantics are proven by the unit tests, which cite the API reference.
import { accountNow, authenticate } from '../lib/aws/account';
import { normalizeAccount } from '../lib/aws/account-state';
import { decide } from '../lib/aws/authorization';
import { defaultAccount } from '../lib/aws/default-account';
import { preloadManagedPolicies } from '../lib/aws/policy-adapter';
import type { CommandContext } from '../lib/aws/cli/command';
import { accessDeniedMessage, denialOf } from '../lib/aws/commands/service-call';
import { cliName, type OperationModel, type ShapeModel } from '../lib/aws/services/model';
import { ServiceError, type OperationCommand } from '../lib/aws/services/operation';
import { service as iamService } from '../lib/aws/services/iam/index';
import { service as stsService } from '../lib/aws/services/sts/index';
import type { SimulatedAccount } from '../lib/aws/types';

/** The stub's clock: every entity it creates is created now (fixtures set the simulator's clock to it). */
export const STUB_CLOCK = '2026-01-15T10:00:00Z';
const REQUEST_ID = 'c0ffee00-0000-4000-8000-000000000000';
const NAMESPACE = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
};
/** Members whose values IAM returns as URL-encoded JSON (botocore decodes them for the CLI). */
const DOCUMENT_MEMBERS = new Set(['AssumeRolePolicyDocument', 'PolicyDocument', 'Document']);

/** The account the stub answers from; reset before each scenario. */
export class QueryState {
  account: SimulatedAccount = this.fresh();
  private fresh(): SimulatedAccount {
    return normalizeAccount({ ...structuredClone(defaultAccount), clock: STUB_CLOCK });
  }
  reset(): void {
    this.account = this.fresh();
  }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function xml(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((item) => xml('member', item)).join('')}</${name}>`;
  if (typeof value === 'object' && !DOCUMENT_MEMBERS.has(name)) {
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => xml(k, v))
      .join('')}</${name}>`;
  }
  let text: string;
  if (DOCUMENT_MEMBERS.has(name)) {
    text = encodeURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
  } else if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/.test(value)) {
    text = value.replace('+00:00', 'Z');
  } else text = String(value);
  return `<${name}>${escape(text)}</${name}>`;
}

function reply(
  service: 'iam' | 'sts',
  operation: string,
  result: Record<string, unknown>,
): { status: number; body: string } {
  const inner = Object.entries(result)
    .map(([k, v]) => xml(k, v))
    .join('');
  const body =
    `<${operation}Response xmlns="${NAMESPACE[service]}">` +
    (inner ? `<${operation}Result>${inner}</${operation}Result>` : '') +
    `<ResponseMetadata><RequestId>${REQUEST_ID}</RequestId></ResponseMetadata></${operation}Response>`;
  return { status: 200, body };
}

const STATUS: Record<string, number> = {
  AccessDenied: 403,
  InvalidClientTokenId: 403,
  SignatureDoesNotMatch: 403,
  ExpiredToken: 403,
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  LimitExceeded: 409,
  DeleteConflict: 409,
};

export function queryError(service: 'iam' | 'sts', code: string, message: string) {
  const body =
    `<ErrorResponse xmlns="${NAMESPACE[service]}"><Error><Type>Sender</Type><Code>${code}</Code>` +
    `<Message>${escape(message)}</Message></Error><RequestId>${REQUEST_ID}</RequestId></ErrorResponse>`;
  return { status: STATUS[code] ?? 400, body };
}

/** Query parameters (`Tags.member.1.Key=a`) into the operation's input, typed by the model. */
function inputOf(model: OperationModel, params: URLSearchParams): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [key, value] of params) {
    if (key === 'Action' || key === 'Version') continue;
    const path = key.split('.');
    let node = tree as Record<string, unknown>;
    path.forEach((part, i) => {
      if (i === path.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Record<string, unknown>;
    });
  }
  const coerce = (value: unknown, shape: ShapeModel | undefined): unknown => {
    if (!shape) return value;
    if (shape.type === 'integer' || shape.type === 'long') return Number(value);
    if (shape.type === 'boolean') return value === 'true';
    if (shape.type === 'list') {
      const members = ((value as Record<string, unknown>).member ?? {}) as Record<string, unknown>;
      return Object.keys(members)
        .sort((a, b) => Number(a) - Number(b))
        .map((k) => coerce(members[k], shape.member));
    }
    if (shape.type === 'structure' && typeof value === 'object' && value) {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, coerce(v, shape.members?.[k])]),
      );
    }
    return value;
  };
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, coerce(v, model.input.members[k])]));
}

/** The secret the account issued with a key id (user key or role session), for the signature check. */
export function issuedSecret(
  account: SimulatedAccount,
  keyId: string,
): { secret: string; token: string | null } | null {
  for (const user of account.users) {
    const key = user.accessKeys.find((k) => k.accessKeyId === keyId);
    if (key) return { secret: key.secretAccessKey, token: null };
  }
  const session = (account.sessions ?? []).find((s) => s.accessKeyId === keyId);
  return session ? { secret: session.secretAccessKey, token: session.sessionToken } : null;
}

/** Answers one IAM or STS Query request whose signature was checked against `secret` (`signed`). */
export async function answerQuery(
  state: QueryState,
  service: 'iam' | 'sts',
  keyId: string,
  signed: boolean,
  token: string | null,
  body: string,
  region = 'us-east-1',
): Promise<{ status: number; body: string }> {
  const account = state.account;
  const params = new URLSearchParams(body);
  const action = params.get('Action') ?? '';
  const declaration = service === 'iam' ? iamService : stsService;
  const command = declaration.commands.find((c) => c.name === cliName(action)) as
    OperationCommand | undefined;
  const issued = issuedSecret(account, keyId);
  const auth = authenticate(account, {
    accessKey: keyId,
    secretKey: signed && issued ? issued.secret : '\u0000',
    sessionToken: token,
  });
  if (auth.kind !== 'ok') {
    const code =
      auth.kind === 'wrong-secret'
        ? 'SignatureDoesNotMatch'
        : auth.kind === 'expired-token'
          ? 'ExpiredToken'
          : 'InvalidClientTokenId';
    const message =
      code === 'SignatureDoesNotMatch'
        ? 'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
        : code === 'ExpiredToken'
          ? 'The security token included in the request is expired'
          : 'The security token included in the request is invalid.';
    return queryError(service, code, message);
  }
  const principal0 = auth.principal;
  // Every authenticated request is the key's latest use (IAM API reference: GetAccessKeyLastUsed); IAM is
  // signed for, and reported in, us-east-1.
  if (principal0.kind === 'user') {
    principal0.key.lastUsed = {
      date: accountNow(account)
        .toISOString()
        .replace(/\.\d{3}Z$/, '+00:00'),
      serviceName: service,
      region: service === 'iam' ? 'us-east-1' : region,
    };
  }
  if (action === 'GetCallerIdentity') {
    const userId =
      principal0.kind === 'user'
        ? principal0.user.userId
        : `${principal0.role.roleId}:${principal0.session.roleSessionName}`;
    return reply(service, action, { Arn: principal0.arn, UserId: userId, Account: account.accountId });
  }
  if (!command?.spec)
    return queryError(service, 'InvalidAction', `Could not find operation ${action} for version`);
  const spec = command.spec;
  const input = inputOf(spec.model, params);
  const principal = auth.principal;
  const now = accountNow(account);
  const record = { outcome: 'ok' } as CommandContext['record'];
  try {
    const permission = spec.permission(input, account, principal);
    if (permission) {
      await preloadManagedPolicies(
        principal.kind === 'user'
          ? (principal.user.attachedPolicies ?? [])
          : (principal.role.attachedPolicies ?? []),
      );
      const decision = decide(
        account,
        principal,
        permission.action,
        permission.resource,
        now,
        permission.resourcePolicy,
      );
      if (decision.decision !== 'allow') {
        const denial = denialOf(principal.arn, permission, decision);
        return queryError(service, 'AccessDenied', accessDeniedMessage(denial));
      }
    }
    const ctx = { invocation: { account }, record } as unknown as CommandContext;
    const result = spec.run(input, {
      account,
      principal,
      now,
      timestamp: now.toISOString().replace(/\.\d{3}Z$/, '+00:00'),
      ctx,
    });
    if (result instanceof Promise) throw new Error(`${spec.model.name} must answer synchronously`);
    return reply(service, spec.model.name, result);
  } catch (error) {
    if (error instanceof ServiceError) return queryError(service, error.code, error.message);
    throw error;
  }
}
