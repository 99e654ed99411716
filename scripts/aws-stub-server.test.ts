// The recording stub verifies SigV4 like AWS (published test-suite vectors) and answers with AWS's XML.
import { createHash, createHmac } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { QueryState } from './aws-stub-query';
import { resetS3 } from './aws-stub-s3';
import {
  answer as answerIn,
  refusalBeforeBody,
  signatureMatches,
  startAwsStub,
  type StubRequest,
} from './aws-stub-server';

// AWS's SigV4 test suite (get-vanilla, get-vanilla-query-order-key-case, post-vanilla).
const SUITE_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const SUITE_AUTH =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=';
const suiteRequest = (method: string, url: string, signature: string): StubRequest => ({
  method,
  url,
  headers: {
    host: 'example.amazonaws.com',
    'x-amz-date': '20150830T123600Z',
    authorization: SUITE_AUTH + signature,
  },
});

const hex = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (k: Buffer | string, s: string) => createHmac('sha256', k).update(s).digest();

/** A minimal SigV4 signer for the tests (checked against the suite below before it is trusted). */
function sign(req: StubRequest, body: string, keyId: string, secret: string, service: string): StubRequest {
  const date = '20240601';
  const headers = { ...req.headers, host: '127.0.0.1:1', 'x-amz-date': `${date}T120000Z` };
  const names = Object.keys(headers).sort();
  const canonical = [
    req.method,
    req.url,
    '',
    names.map((n) => `${n}:${String(headers[n as keyof typeof headers])}\n`).join(''),
    names.join(';'),
    hex(body),
  ].join('\n');
  const scope = `${date}/us-east-1/${service}/aws4_request`;
  let key = hmac('AWS4' + secret, date);
  for (const part of ['us-east-1', service, 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key)
    .update(['AWS4-HMAC-SHA256', headers['x-amz-date'], scope, hex(canonical)].join('\n'))
    .digest('hex');
  const authorization = `AWS4-HMAC-SHA256 Credential=${keyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return { ...req, headers: { ...headers, authorization } };
}

const STS_BODY = 'Action=GetCallerIdentity&Version=2011-06-15';
const stsRequest = (keyId: string, secret: string, extra: Record<string, string> = {}) =>
  sign(
    { method: 'POST', url: '/', headers: { 'content-type': 'application/x-www-form-urlencoded', ...extra } },
    STS_BODY,
    keyId,
    secret,
    'sts',
  );
const s3Request = (
  keyId: string,
  secret: string,
  extra: Record<string, string> = {},
  method = 'GET',
  url = '/',
) => sign({ method, url, headers: { 'x-amz-content-sha256': hex(''), ...extra } }, '', keyId, secret, 's3');

describe('signatureMatches', () => {
  test('accepts the SigV4 test suite signatures', () => {
    expect(
      signatureMatches(
        suiteRequest('GET', '/', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31'),
        '',
        SUITE_SECRET,
      ),
    ).toBe(true);
    const query = suiteRequest(
      'GET',
      '/?Param2=value2&Param1=value1',
      'b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500',
    );
    expect(signatureMatches(query, '', SUITE_SECRET)).toBe(true);
    expect(
      signatureMatches(
        suiteRequest('POST', '/', '5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b'),
        '',
        SUITE_SECRET,
      ),
    ).toBe(true);
  });

  test('rejects a wrong secret, a changed method and a changed signed header', () => {
    const good = suiteRequest('GET', '/', '5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
    expect(signatureMatches(good, '', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEX')).toBe(false);
    expect(signatureMatches({ ...good, method: 'POST' }, '', SUITE_SECRET)).toBe(false);
    expect(
      signatureMatches({ ...good, headers: { ...good.headers, host: 'other.example' } }, '', SUITE_SECRET),
    ).toBe(false);
    expect(
      signatureMatches({ ...good, headers: { ...good.headers, authorization: 'garbage' } }, '', SUITE_SECRET),
    ).toBe(false);
  });

  test('the test signer reproduces a signature the stub accepts', () => {
    const req = stsRequest('AKIAIOSFODNN7EXAMPLE', 'secret');
    expect(signatureMatches(req, STS_BODY, 'secret')).toBe(true);
    expect(signatureMatches(req, STS_BODY + '&x=1', 'secret')).toBe(false);
  });
});

/** The stub's answer over a fresh scenario account. */
const answer = (req: StubRequest, body: string) => answerIn(req, body, new QueryState());

describe('answer', () => {
  const SECRET1 = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const SECRET2 = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';

  test('STS identity of the user who owns the key', async () => {
    const reply = await answer(stsRequest('AKIAI44QH8DHBEXAMPLE', SECRET2), STS_BODY);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<Arn>arn:aws:iam::123456789012:user/example_1</Arn>');
    expect(reply.body).toContain('<UserId>AIDAI23HXD2O5EXAMPLE</UserId>');
    expect(reply.body).toContain('<Account>123456789012</Account>');
  });

  test('STS errors: unknown key, wrong secret, session token', async () => {
    const unknown = await answer(stsRequest('AKIAEXAMPLENOTISSUED', SECRET1), STS_BODY);
    expect(unknown.status).toBe(403);
    expect(unknown.body).toContain('<Code>InvalidClientTokenId</Code>');
    expect(unknown.body).toContain(
      '<Message>The security token included in the request is invalid.</Message>',
    );
    const wrong = await answer(stsRequest('AKIAIOSFODNN7EXAMPLE', SECRET2), STS_BODY);
    expect(wrong.body).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(wrong.body).toContain(
      'Check your AWS Secret Access Key and signing method. Consult the service documentation',
    );
    const token = await answer(
      stsRequest('AKIAIOSFODNN7EXAMPLE', SECRET1, { 'x-amz-security-token': 'tok' }),
      STS_BODY,
    );
    expect(token.body).toContain('<Code>InvalidClientTokenId</Code>');
  });

  test('S3 bucket list and S3-worded errors', async () => {
    const ok = await answer(s3Request('AKIAIOSFODNN7EXAMPLE', SECRET1), '');
    expect(ok.status).toBe(200);
    expect(ok.body).toContain(
      '<Name>sample-user-camera-uploads</Name><CreationDate>2024-03-01T09:30:00.000Z</CreationDate>',
    );
    expect((await answer(s3Request('AKIAEXAMPLENOTISSUED', SECRET1), '')).body).toContain(
      '<Code>InvalidAccessKeyId</Code>',
    );
    const wrong = (await answer(s3Request('AKIAIOSFODNN7EXAMPLE', SECRET2), '')).body;
    expect(wrong).toContain('Check your key and signing method.</Message>');
    expect(
      (await answer(s3Request('AKIAIOSFODNN7EXAMPLE', SECRET1, { 'x-amz-security-token': 't' }), '')).body,
    ).toContain('<Code>InvalidToken</Code>');
  });
});

// S3's same-account refusals ("Access denied message examples",
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html) and its early answer to an
// upload it refuses (API_PutObject, "Expect: 100-continue").
describe('S3 authorization in the stub', () => {
  const ADMIN = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'] as const;
  const READER = ['AKIAIOSFODNN7READER1', 'readerSecretEXAMPLEKEYreaderSecretEXAMPLE'] as const;
  const scenario = () => {
    resetS3('2026-01-15T10:00:00Z');
    const state = new QueryState();
    state.account.users.push({
      userName: 'reader',
      userId: 'AIDAEXAMPLEREADER001',
      accessKeys: [{ accessKeyId: READER[0], secretAccessKey: READER[1] }],
      buckets: [],
      inlinePolicies: {
        List: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}',
      },
    });
    return state;
  };
  const as = ([key, secret]: readonly [string, string], method: string, url: string) =>
    s3Request(key, secret, {}, method, url);

  test('an action no policy allows gets the documented message; HEAD a bare 403', async () => {
    const state = scenario();
    expect((await answerIn(as(ADMIN, 'PUT', '/denied-demo'), '', state)).status).toBe(200);
    expect((await answerIn(as(READER, 'GET', '/denied-demo'), '', state)).status).toBe(200);
    const list = await answerIn(as(READER, 'GET', '/'), '', state);
    expect(list.status).toBe(403);
    expect(list.body).toContain(
      '<Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/reader is not authorized to perform: s3:ListAllMyBuckets because no identity-based policy allows the s3:ListAllMyBuckets action</Message>',
    );
    expect(await answerIn(as(READER, 'HEAD', '/denied-demo/a.txt'), '', state)).toEqual({
      status: 403,
      body: '',
    });
    // A bucket of the seeded legacy owner stands for another account's: the generic text.
    expect((await answerIn(as(READER, 'GET', '/sample-user-camera-uploads'), '', state)).body).toContain(
      '<Message>Access Denied</Message>',
    );
  });

  test('a refused upload is answered from its headers; an allowed one is invited to send the body', async () => {
    const state = scenario();
    await answerIn(as(ADMIN, 'PUT', '/denied-demo'), '', state);
    const early = await refusalBeforeBody(state, as(READER, 'PUT', '/denied-demo/a.txt'));
    expect(early?.status).toBe(403);
    expect(early?.body).toContain(
      'is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::denied-demo/a.txt" because no identity-based policy allows the s3:PutObject action',
    );
    expect(await refusalBeforeBody(state, as(ADMIN, 'PUT', '/denied-demo/a.txt'))).toBeNull();
  });
});

test('the stub listens on loopback only and answers over HTTP', async () => {
  const stub = await startAwsStub();
  try {
    const signed = stsRequest('AKIAEXAMPLENOTISSUED', 'x');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: stub.port,
          method: 'POST',
          path: '/',
          headers: signed.headers as Record<string, string>,
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(STS_BODY);
    });
    expect(status).toBe(403);
  } finally {
    await stub.close();
  }
});
