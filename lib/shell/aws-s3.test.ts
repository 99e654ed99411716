// aws s3 inside the sandbox: the adapter gives the transfers bytes, sizes and times of the sandbox files.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';

const CREDENTIALS =
  '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n';

describe('aws s3 in the sandbox', () => {
  test('sync uploads the files, a second sync does nothing, the download keeps bytes and the object time', async () => {
    const sandbox = await createSandbox({
      files: {
        '~/.aws/credentials': { content: CREDENTIALS, mode: 0o600 },
        '~/site/index.html': '<h1>hi</h1>\n',
      },
    });
    expect((await sandbox.run('aws s3 mb s3://site-bucket')).stdout).toBe('make_bucket: site-bucket\n');
    await sandbox.run('mkdir -p site/img && echo "été ✓" > site/img/logo.txt');
    const first = await sandbox.run('aws s3 sync site s3://site-bucket --no-progress');
    expect(first.stdout).toBe(
      'upload: site/img/logo.txt to s3://site-bucket/img/logo.txt\nupload: site/index.html to s3://site-bucket/index.html\n',
    );
    expect((await sandbox.run('aws s3 sync site s3://site-bucket')).stdout).toBe('');
    const down = await sandbox.run(
      'aws s3 cp s3://site-bucket/img/logo.txt copy.txt --no-progress && cat copy.txt',
    );
    expect(down.stdout).toBe('download: s3://site-bucket/img/logo.txt to ./copy.txt\nété ✓\n');
    // The download takes the object's LastModified as its modification time (so sync down sees no change).
    await sandbox.run('aws s3 cp s3://site-bucket/img/logo.txt dl/logo.txt');
    expect((await sandbox.run('aws s3 sync s3://site-bucket/img dl')).stdout).toBe('');
    expect(
      (await sandbox.run('echo changed > dl/logo.txt; aws s3 sync s3://site-bucket/img dl --no-progress'))
        .stdout,
    ).toBe('download: s3://site-bucket/img/logo.txt to dl/logo.txt\n');
    expect(
      sandbox.account.buckets?.find((b) => b.name === 'site-bucket')?.objects?.['index.html']?.etag,
    ).toBe('"aa162a988073e543610734f26010e848"');
  });
});
