// What the stub's S3 answers share: the namespace, the XML declaration, escaping, and AWS's error document
// (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).

/** What the S3 half of the stub sends back. */
export interface S3Reply {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export const NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
export const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
export const OWNER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const iso = (d: Date) => d.toISOString();

export function s3ErrorReply(
  status: number,
  code: string,
  message: string,
  extra = '',
  headers: Record<string, string> = {},
): S3Reply {
  const body =
    XML +
    `<Error><Code>${code}</Code><Message>${esc(message)}</Message>${extra}` +
    `<RequestId>4442587FB7D0A2F9</RequestId><HostId>stub-host-id</HostId></Error>`;
  return { status, headers, body };
}
