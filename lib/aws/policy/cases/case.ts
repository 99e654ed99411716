// The shape of one table-driven evaluator case (data only), and builders shared by the case files.
import type { AuthorizationRequest, PolicySourceKind, RequestContext, RequestPrincipal } from '../types';

export const ACCOUNT = '111122223333';

/** One case: policies as JSON text (parsed through the real parser), a request, and AWS's documented answer. */
export interface PolicyCase {
  name: string;
  /** The AWS documentation page the case comes from. */
  source: string;
  principal: RequestPrincipal;
  /** Identity-based policies: `[source name, JSON document]`; group policies say so in their name. */
  identity?: [string, object][];
  /** A bucket policy (`resource`) or role trust policy (`trust`). */
  resourcePolicy?: { kind: 'resource' | 'trust'; source: string; document: object };
  action: string;
  resource: string;
  context?: RequestContext;
  expect: 'allow' | 'explicit-deny' | 'implicit-deny';
  /** The Sid of the deciding statement, when the case pins it. */
  decidedBySid?: string;
}

export function user(name: string, tags?: Record<string, string>): RequestPrincipal {
  const p: RequestPrincipal = {
    type: 'user',
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    accountId: ACCOUNT,
    userName: name,
    userId: 'AIDAJQABLZS4A3QDU576Q',
  };
  if (tags) p.tags = tags;
  return p;
}

export function roleSession(role: string, session: string): RequestPrincipal {
  return {
    type: 'assumed-role',
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`,
    accountId: ACCOUNT,
    roleArn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
    roleName: role,
    sessionName: session,
    userId: `AROADBQP57FF2AEXAMPLE:${session}`,
  };
}

/** A 2012-10-17 document with the given statements. */
export function doc(...Statement: object[]): object {
  return { Version: '2012-10-17', Statement };
}

/** The source kind the evaluator is told for an identity policy name (`group …` names are group policies). */
export function identityKind(source: string): PolicySourceKind {
  if (source.startsWith('group')) return source.includes('managed') ? 'group-managed' : 'group-inline';
  if (source.startsWith('role')) return 'role-inline';
  return source.includes('managed') ? 'user-managed' : 'user-inline';
}

export type { AuthorizationRequest };
