// S3 Versioning through `aws s3api` / `aws s3`, as AWS's S3 documentation describes it:
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html and the API reference pages cited per test.
import { describe, expect, test } from 'vitest';
import { defaultAccount } from '../../default-account';
import { validateAccount } from '../../account-state';
import { aws, SAMPLE_KEYS } from '../../testing/run';
import { MemoryFileSystem } from '../../testing/memory-fs';
import type { SimulatedAccount } from '../../types';

const B = 'versioned-bucket';

async function setup(versioning?: 'Enabled' | 'Suspended') {
  const account: SimulatedAccount = structuredClone(defaultAccount);
  account.clock = '2030-01-01T00:00:00Z';
  const fs = new MemoryFileSystem();
  await fs.seed('/home/learner', { 'one.txt': { content: 'one\n' }, 'two.txt': { content: 'two two\n' } });
  const run = async (...argv: string[]) => {
    const r = await aws(argv, { fs, account, env: SAMPLE_KEYS });
    return { ...r, json: r.stdout.startsWith('{') ? (JSON.parse(r.stdout) as Record<string, unknown>) : {} };
  };
  await run('s3api', 'create-bucket', '--bucket', B);
  if (versioning)
    await run(
      's3api',
      'put-bucket-versioning',
      '--bucket',
      B,
      '--versioning-configuration',
      `Status=${versioning}`,
    );
  const put = (file: string, key = 'k') =>
    run('s3api', 'put-object', '--bucket', B, '--key', key, '--body', file);
  const versions = async () => (await run('s3api', 'list-object-versions', '--bucket', B)).json;
  return { account, fs, run, put, versions };
}

describe('versioning Enabled (API_PutObject, API_ListObjectVersions)', () => {
  test('every put keeps the older version and answers its own VersionId', async () => {
    const { put, versions } = await setup('Enabled');
    const first = (await put('one.txt')).json.VersionId as string;
    const second = (await put('two.txt')).json.VersionId as string;
    expect(first).toMatch(/^[A-Za-z0-9._]{32}$/);
    expect(second).not.toBe(first);
    const list = (await versions()).Versions as { VersionId: string; IsLatest: boolean; Size: number }[];
    expect(list.map((v) => [v.VersionId, v.IsLatest, v.Size])).toEqual([
      [second, true, 8],
      [first, false, 4],
    ]);
  });

  test('get-object --version-id reads an older version into the outfile', async () => {
    const { put, run, fs } = await setup('Enabled');
    const first = (await put('one.txt')).json.VersionId as string;
    await put('two.txt');
    const r = await run('s3api', 'get-object', '--bucket', B, '--key', 'k', '--version-id', first, 'old.txt');
    expect(r.exitCode).toBe(0);
    expect(r.json.VersionId).toBe(first);
    expect(await fs.readFile('/home/learner/old.txt')).toBe('one\n');
  });

  test('a simple delete adds a delete marker: the key reads as gone, its versions stay (API_DeleteObject)', async () => {
    const { put, run, versions } = await setup('Enabled');
    await put('one.txt');
    const del = await run('s3api', 'delete-object', '--bucket', B, '--key', 'k');
    expect(del.json).toEqual({ DeleteMarker: true, VersionId: expect.any(String) });
    const get = await run('s3api', 'get-object', '--bucket', B, '--key', 'k', 'x');
    expect(get.stderr).toContain('(NoSuchKey)');
    const head = await run(
      's3api',
      'head-object',
      '--bucket',
      B,
      '--key',
      'k',
      '--version-id',
      del.json.VersionId as string,
    );
    expect(head.stderr).toContain(
      'An error occurred (405) when calling the HeadObject operation: Method Not Allowed',
    );
    const list = await versions();
    expect((list.DeleteMarkers as { IsLatest: boolean }[])[0]!.IsLatest).toBe(true);
    expect((list.Versions as unknown[]).length).toBe(1);
    expect((await run('s3', 'ls', `s3://${B}`)).stdout).toBe('');
  });

  test('deleting the delete marker by its ID brings the object back', async () => {
    const { put, run } = await setup('Enabled');
    const kept = (await put('one.txt')).json.VersionId;
    const marker = (await run('s3api', 'delete-object', '--bucket', B, '--key', 'k')).json
      .VersionId as string;
    const undo = await run('s3api', 'delete-object', '--bucket', B, '--key', 'k', '--version-id', marker);
    expect(undo.json).toEqual({ DeleteMarker: true, VersionId: marker });
    expect((await run('s3api', 'head-object', '--bucket', B, '--key', 'k')).json.VersionId).toBe(kept);
  });

  test('deleting the current version by ID makes the previous one current', async () => {
    const { put, run } = await setup('Enabled');
    const first = (await put('one.txt')).json.VersionId;
    const second = (await put('two.txt')).json.VersionId as string;
    const del = await run('s3api', 'delete-object', '--bucket', B, '--key', 'k', '--version-id', second);
    expect(del.json).toEqual({ VersionId: second });
    const head = await run('s3api', 'head-object', '--bucket', B, '--key', 'k');
    expect([head.json.VersionId, head.json.ContentLength]).toEqual([first, 4]);
  });

  test('an unknown version is NoSuchVersion (ErrorResponses)', async () => {
    const { put, run } = await setup('Enabled');
    await put('one.txt');
    const r = await run('s3api', 'get-object', '--bucket', B, '--key', 'k', '--version-id', 'nope', 'x');
    expect(r.stderr).toBe(
      '\nAn error occurred (NoSuchVersion) when calling the GetObject operation: The specified version does not exist.\n',
    );
    expect(r.exitCode).toBe(254);
  });

  test('s3 cp and s3 rm keep versions; the bucket cannot be deleted while any remain (API_DeleteBucket)', async () => {
    const { run, versions } = await setup('Enabled');
    await run('s3', 'cp', 'one.txt', `s3://${B}/k`);
    await run('s3', 'cp', 'two.txt', `s3://${B}/k`);
    await run('s3', 'rm', `s3://${B}/k`);
    const list = await versions();
    expect([(list.Versions as unknown[]).length, (list.DeleteMarkers as unknown[]).length]).toEqual([2, 1]);
    const rb = await run('s3api', 'delete-bucket', '--bucket', B);
    expect(rb.stderr).toContain(
      'The bucket you tried to delete is not empty. You must delete all versions in the bucket.',
    );
  });
});

describe('versioning Suspended (AddingObjectstoVersionSuspendedBuckets, DeletingObjectsfromVersioningSuspendedBuckets)', () => {
  test('puts write the null version, replacing the older null one, and keep versioned ones', async () => {
    const { put, run, versions } = await setup();
    await put('one.txt'); // written before versioning: the null version
    await run(
      's3api',
      'put-bucket-versioning',
      '--bucket',
      B,
      '--versioning-configuration',
      'Status=Enabled',
    );
    const id = (await put('two.txt')).json.VersionId;
    await run(
      's3api',
      'put-bucket-versioning',
      '--bucket',
      B,
      '--versioning-configuration',
      'Status=Suspended',
    );
    expect((await put('one.txt')).json.VersionId).toBe('null');
    const list = (await versions()).Versions as { VersionId: string }[];
    expect(list.map((v) => v.VersionId)).toEqual(['null', id]);
  });

  test('a simple delete is a null delete marker that replaces the null version', async () => {
    const { put, run, versions } = await setup('Suspended');
    await put('one.txt');
    const del = await run('s3api', 'delete-object', '--bucket', B, '--key', 'k');
    expect(del.json).toEqual({ DeleteMarker: true, VersionId: 'null' });
    const list = await versions();
    expect(list.Versions).toBeUndefined();
    expect((list.DeleteMarkers as { VersionId: string }[]).map((m) => m.VersionId)).toEqual(['null']);
  });
});

test('an unversioned bucket answers no VersionId and a delete removes the object', async () => {
  const { put, run, versions } = await setup();
  expect(Object.keys((await put('one.txt')).json)).toEqual(['ETag']);
  expect((await run('s3api', 'delete-object', '--bucket', B, '--key', 'k')).stdout).toBe('');
  expect(await versions()).toEqual({});
});

describe('CreateBucket in the global namespace (API_CreateBucket, ErrorResponses)', () => {
  test('a name another account owns is BucketAlreadyExists', async () => {
    const { run } = await setup();
    const r = await run('s3api', 'create-bucket', '--bucket', 'examplebucket');
    expect(r.stderr).toBe(
      '\nAn error occurred (BucketAlreadyExists) when calling the CreateBucket operation: The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.\n',
    );
  });

  test('your own bucket again: 200 in us-east-1, BucketAlreadyOwnedByYou elsewhere', async () => {
    const { run } = await setup();
    expect((await run('s3api', 'create-bucket', '--bucket', B)).exitCode).toBe(0);
    const eu = await run(
      's3api',
      'create-bucket',
      '--bucket',
      B,
      '--region',
      'eu-west-1',
      '--create-bucket-configuration',
      'LocationConstraint=eu-west-1',
    );
    expect(eu.stderr).toContain('(BucketAlreadyOwnedByYou)');
  });

  test('old saved states get the default taken names; an account can list its own', async () => {
    const old = structuredClone(defaultAccount);
    delete old.globalBucketNames;
    const r = await aws(['s3', 'mb', 's3://test'], { account: old, env: SAMPLE_KEYS });
    expect(r.stdout + r.stderr).toContain('(BucketAlreadyExists)');
    const custom = structuredClone(defaultAccount);
    custom.globalBucketNames = ['taken-by-lesson'];
    const mine = await aws(['s3', 'mb', 's3://test'], { account: custom, env: SAMPLE_KEYS });
    expect(mine.stdout).toBe('make_bucket: test\n');
  });
});

describe('saved states with versions', () => {
  test('validateAccount keeps versions and delete markers, and rejects a version with a bad size', () => {
    const account = structuredClone(defaultAccount);
    account.buckets!.push({
      name: B,
      creationDate: '2030-01-01T00:00:00+00:00',
      versioning: 'Enabled',
      objects: {},
      versions: {
        k: [
          { versionId: 'v2', lastModified: '2030-01-01T00:00:00+00:00', deleteMarker: true },
          {
            versionId: 'v1',
            body: 'b25lCg==',
            etag: '"e"',
            size: 4,
            lastModified: '2030-01-01T00:00:00+00:00',
          },
        ],
      },
    });
    const ok = validateAccount(JSON.parse(JSON.stringify(account)));
    expect(ok.ok && ok.account.buckets!.at(-1)!.versions!.k!.map((v) => v.deleteMarker ?? false)).toEqual([
      true,
      false,
    ]);
    const bad = JSON.parse(JSON.stringify(account));
    bad.buckets.at(-1).versions.k[1].size = -1;
    expect(validateAccount(bad)).toMatchObject({ ok: false, where: `.buckets.3.versions.k.1.size` });
  });

  test('an old state without versions loads and its objects read as the null version', async () => {
    const old = JSON.parse(JSON.stringify(defaultAccount));
    old.buckets.push({
      name: B,
      creationDate: '2024-01-01T00:00:00+00:00',
      versioning: 'Enabled',
      objects: { k: { body: 'b25lCg==', etag: '"e"', size: 4, lastModified: '2024-01-01T00:00:00+00:00' } },
    });
    const loaded = validateAccount(old);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const r = await aws(['s3api', 'head-object', '--bucket', B, '--key', 'k'], {
      account: loaded.account,
      env: SAMPLE_KEYS,
    });
    expect(JSON.parse(r.stdout).VersionId).toBe('null');
  });
});
