// A loopback-only STS/S3/IAM stand-in for recording fixtures: checks SigV4 against the scenario's account, answers
// AWS's XML.
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultAccount } from '../lib/aws/default-account';
import type { SimulatedUser } from '../lib/aws/types';
import { answerQuery, issuedSecret, QueryState } from './aws-stub-query';
import { answerS3, resetS3, uploadRefusal } from './aws-stub-s3';
import { s3CallerOf } from './aws-stub-s3-auth';

/** A running stub; `close()` stops it. */
export interface AwsStub {
  port: number;
  /** Forgets what earlier scenarios did to the IAM/STS account and the S3 buckets; S3 writes are stamped with `clock`. */
  reset(clock?: string): void;
  close(): Promise<void>;
}

/** How the stub describes itself in each fixture recorded against it. */
export const STUB_NOTE =
  'Recorded with --endpoint-url pointing at scripts/aws-stub-server.ts (loopback), which verifies SigV4 ' +
  "against lib/aws/default-account.ts and answers with AWS's XML bodies; the flag is not stored in args.";

const REQUEST_ID = 'c0ffee00-0000-4000-8000-000000000000';

const hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** The status and XML body the stub sends. */
export interface StubReply {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

function stsError(code: string, message: string): StubReply {
  const body =
    '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n' +
    `  <Error>\n    <Type>Sender</Type>\n    <Code>${code}</Code>\n    <Message>${message}</Message>\n  </Error>\n` +
    `  <RequestId>${REQUEST_ID}</RequestId>\n</ErrorResponse>\n`;
  return { status: 403, body };
}

function callerIdentity(user: SimulatedUser): StubReply {
  const body =
    '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n' +
    '  <GetCallerIdentityResult>\n' +
    `    <Arn>arn:aws:iam::${defaultAccount.accountId}:user/${user.userName}</Arn>\n` +
    `    <UserId>${user.userId}</UserId>\n` +
    `    <Account>${defaultAccount.accountId}</Account>\n` +
    '  </GetCallerIdentityResult>\n' +
    `  <ResponseMetadata>\n    <RequestId>${REQUEST_ID}</RequestId>\n  </ResponseMetadata>\n` +
    '</GetCallerIdentityResponse>\n';
  return { status: 200, body };
}

const encode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

function canonicalQuery(search: string): string {
  if (!search) return '';
  return search
    .slice(1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [k = '', v = ''] = pair.split('=');
      return [encode(decodeURIComponent(k)), encode(decodeURIComponent(v))] as const;
    })
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** The parts of an HTTP request the stub looks at (an `IncomingMessage` fits). */
export interface StubRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** True when the request's SigV4 `Authorization` header was computed with `secret`. */
export function signatureMatches(req: StubRequest, body: string | Buffer, secret: string): boolean {
  const auth = String(req.headers.authorization ?? '');
  const match =
    /Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]+)/.exec(
      auth,
    );
  if (!match) return false;
  const [, , date = '', region = '', service = '', signedHeaders = '', signature] = match;
  const url = new URL(req.url ?? '/', 'http://stub');
  const headers = signedHeaders
    .split(';')
    .map((name) => {
      const raw = req.headers[name];
      const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
      return `${name}:${value.trim().replace(/\s+/g, ' ')}\n`;
    })
    .join('');
  const payload = (req.headers['x-amz-content-sha256'] as string | undefined) ?? hex(body);
  const canonical = [
    req.method,
    url.pathname,
    canonicalQuery(url.search),
    headers,
    signedHeaders,
    payload,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', req.headers['x-amz-date'], scope, hex(canonical)].join('\n');
  let key = hmac('AWS4' + secret, date);
  for (const part of [region, service, 'aws4_request']) key = hmac(key, part);
  return createHmac('sha256', key).update(toSign, 'utf8').digest('hex') === signature;
}

/**
 * What AWS would answer: STS or S3 chosen by the credential scope of the signature. S3 requests act on the
 * scenario's account (`state`): its users, the keys and role sessions issued during the scenario, their policies.
 */
export async function answer(req: StubRequest, body: string | Buffer, state: QueryState): Promise<StubReply> {
  const auth = String(req.headers.authorization ?? '');
  const credential = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\//.exec(auth);
  const keyId = credential?.[1] ?? '';
  const region = credential?.[2] ?? 'us-east-1';
  const service = credential?.[3] ?? (String(body).includes('Action=') ? 'sts' : 's3');
  const token = req.headers['x-amz-security-token'];
  if (service !== 'sts') {
    const signedWith = (secret: string) => signatureMatches(req, body, secret);
    const found = await s3CallerOf(
      state.account,
      keyId,
      signedWith,
      typeof token === 'string' ? token : null,
    );
    return 'reply' in found ? found.reply : answerS3(req, Buffer.from(body), found.caller, region);
  }
  const user = defaultAccount.users.find((u) => u.accessKeys.some((k) => k.accessKeyId === keyId));
  const secret = user?.accessKeys.find((k) => k.accessKeyId === keyId)?.secretAccessKey ?? '';
  if (!user || token !== undefined)
    return stsError('InvalidClientTokenId', 'The security token included in the request is invalid.');
  if (!signatureMatches(req, body, secret))
    return stsError(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret ' +
        'Access Key and signing method. Consult the service documentation for details.',
    );
  return callerIdentity(user);
}

/**
 * IAM calls, STS AssumeRole and calls signed with keys issued during the scenario go to the Query API stub
 * (scripts/aws-stub-query.ts); everything else gets the answers above.
 */
async function queryReply(state: QueryState, req: StubRequest, body: string): Promise<StubReply | null> {
  const auth = String(req.headers.authorization ?? '');
  const credential = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\//.exec(auth);
  const keyId = credential?.[1] ?? '';
  const region = credential?.[2];
  const service = credential?.[3];
  const seeded = defaultAccount.users.some((u) => u.accessKeys.some((k) => k.accessKeyId === keyId));
  const isQuery = service === 'iam' || (service === 'sts' && (/Action=AssumeRole\b/.test(body) || !seeded));
  if (!isQuery) return null;
  const issued = issuedSecret(state.account, keyId);
  const signed = issued !== null && signatureMatches(req, body, issued.secret);
  const token = req.headers['x-amz-security-token'];
  return answerQuery(state, service, keyId, signed, typeof token === 'string' ? token : null, body, region);
}

/**
 * What S3 answers to an `Expect: 100-continue` request from its headers alone (an upload it refuses, or null to
 * send 100 Continue): S3 authenticates and authorizes before it invites the body, so a refused upload never sends
 * one (and the CLI shows no upload progress for it).
 */
export async function refusalBeforeBody(state: QueryState, req: StubRequest): Promise<StubReply | null> {
  const auth = String(req.headers.authorization ?? '');
  const credential = /Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\//.exec(auth);
  if (credential?.[3] !== 's3' || req.method !== 'PUT' || req.headers['x-amz-copy-source']) return null;
  const token = req.headers['x-amz-security-token'];
  // The signed payload hash is a header (x-amz-content-sha256): the signature is checked without the body.
  const signedWith = (secret: string) => signatureMatches(req, Buffer.alloc(0), secret);
  const found = await s3CallerOf(
    state.account,
    credential[1] ?? '',
    signedWith,
    typeof token === 'string' ? token : null,
  );
  return 'reply' in found ? found.reply : uploadRefusal(req, found.caller);
}

function send(res: ServerResponse, reply: StubReply, headers: Record<string, string> = {}): void {
  res.writeHead(reply.status, {
    'content-type': 'text/xml',
    'x-amzn-requestid': REQUEST_ID,
    ...reply.headers,
    ...headers,
  });
  res.end(reply.body);
}

/** Starts the stub on 127.0.0.1 with an ephemeral port. */
export async function startAwsStub(): Promise<AwsStub> {
  const state = new QueryState();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    const respond = async () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString('utf8');
      send(res, (await queryReply(state, req, body)) ?? (await answer(req, raw, state)));
    };
    req.on('end', () => void respond());
  };
  const server: Server = createServer(handle);
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    void refusalBeforeBody(state, req).then((early) => {
      if (!early) {
        res.writeContinue();
        handle(req, res);
        return;
      }
      // The body never comes: answer now and close the connection rather than wait for it.
      send(res, early, { connection: 'close' });
      req.socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    reset: (clock?: string) => {
      state.reset();
      resetS3(clock);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
