// The recording stub verifies SigV4 like AWS (published test-suite vectors) and answers with AWS's XML.
import { createHash, createHmac } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, test } from 'vitest';
import { answer, signatureMatches, startAwsStub, type StubRequest } from './aws-stub-server';

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
const s3Request = (keyId: string, secret: string, extra: Record<string, string> = {}) =>
  sign(
    { method: 'GET', url: '/', headers: { 'x-amz-content-sha256': hex(''), ...extra } },
    '',
    keyId,
    secret,
    's3',
  );

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

describe('answer', () => {
  const SECRET1 = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const SECRET2 = 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY';

  test('STS identity of the user who owns the key', () => {
    const reply = answer(stsRequest('AKIAI44QH8DHBEXAMPLE', SECRET2), STS_BODY);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<Arn>arn:aws:iam::123456789012:user/example_1</Arn>');
    expect(reply.body).toContain('<UserId>AIDAI23HXD2O5EXAMPLE</UserId>');
    expect(reply.body).toContain('<Account>123456789012</Account>');
  });

  test('STS errors: unknown key, wrong secret, session token', () => {
    const unknown = answer(stsRequest('AKIAEXAMPLENOTISSUED', SECRET1), STS_BODY);
    expect(unknown.status).toBe(403);
    expect(unknown.body).toContain('<Code>InvalidClientTokenId</Code>');
    expect(unknown.body).toContain(
      '<Message>The security token included in the request is invalid.</Message>',
    );
    const wrong = answer(stsRequest('AKIAIOSFODNN7EXAMPLE', SECRET2), STS_BODY);
    expect(wrong.body).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(wrong.body).toContain(
      'Check your AWS Secret Access Key and signing method. Consult the service documentation',
    );
    const token = answer(
      stsRequest('AKIAIOSFODNN7EXAMPLE', SECRET1, { 'x-amz-security-token': 'tok' }),
      STS_BODY,
    );
    expect(token.body).toContain('<Code>InvalidClientTokenId</Code>');
  });

  test('S3 bucket list and S3-worded errors', () => {
    const ok = answer(s3Request('AKIAIOSFODNN7EXAMPLE', SECRET1), '');
    expect(ok.status).toBe(200);
    expect(ok.body).toContain(
      '<Name>sample-user-camera-uploads</Name><CreationDate>2024-03-01T09:30:00.000Z</CreationDate>',
    );
    expect(answer(s3Request('AKIAEXAMPLENOTISSUED', SECRET1), '').body).toContain(
      '<Code>InvalidAccessKeyId</Code>',
    );
    const wrong = answer(s3Request('AKIAIOSFODNN7EXAMPLE', SECRET2), '').body;
    expect(wrong).toContain('Check your key and signing method.</Message>');
    expect(
      answer(s3Request('AKIAIOSFODNN7EXAMPLE', SECRET1, { 'x-amz-security-token': 't' }), '').body,
    ).toContain('<Code>InvalidToken</Code>');
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
