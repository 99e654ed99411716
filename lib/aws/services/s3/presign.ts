// SigV4 query-string signing of a GetObject URL, as botocore's generate_presigned_url computes it.
import { hmacSha256, sha256, toHex } from './hash';

export interface PresignInput {
  bucket: string;
  key: string;
  /** null: no region configured (the global endpoint, signed for us-east-1). */
  region: string | null;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string | null;
  expiresIn: number;
  now: Date;
}

/** RFC 3986 encoding as botocore's `quote(value, safe)`. */
function quote(value: string, safe = ''): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    out +=
      /[A-Za-z0-9_.~-]/.test(c) || safe.includes(c)
        ? c
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Virtual-hosted style for DNS-compatible names without dots, path style otherwise. */
function location(bucket: string, key: string, region: string | null) {
  const host = region === null ? 's3.amazonaws.com' : `s3.${region}.amazonaws.com`;
  const path = `/${quote(key, '/~')}`;
  if (/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(bucket)) return { host: `${bucket}.${host}`, path };
  return { host, path: `/${quote(bucket)}${path}` };
}

export function presignGetObject(input: PresignInput): string {
  const { host, path } = location(input.bucket, input.key, input.region);
  const amzDate = input.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const date = amzDate.slice(0, 8);
  const region = input.region ?? 'us-east-1';
  const scope = `${date}/${region}/s3/aws4_request`;
  const params: [string, string][] = [
    ['X-Amz-Algorithm', 'AWS4-HMAC-SHA256'],
    ['X-Amz-Credential', `${input.accessKeyId}/${scope}`],
    ['X-Amz-Date', amzDate],
    ['X-Amz-Expires', String(input.expiresIn)],
    ['X-Amz-SignedHeaders', 'host'],
  ];
  if (input.sessionToken !== null) params.push(['X-Amz-Security-Token', input.sessionToken]);
  const encoded = params.map(([k, v]) => `${quote(k)}=${quote(v)}`);
  const canonicalQuery = [...encoded].sort().join('&');
  const canonical = ['GET', path, canonicalQuery, `host:${host}\n`, 'host', 'UNSIGNED-PAYLOAD'].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, toHex(sha256(canonical))].join('\n');
  let key = hmacSha256(`AWS4${input.secretAccessKey}`, date);
  for (const part of [region, 's3', 'aws4_request']) key = hmacSha256(key, part);
  const signature = toHex(hmacSha256(key, toSign));
  return `https://${host}${path}?${encoded.join('&')}&X-Amz-Signature=${signature}`;
}
