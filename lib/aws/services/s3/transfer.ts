// cp, mv, rm and sync as awscli runs them: path checks, file generation, filters, the sync comparator,
// then one task per file in listing order, printed by the CLI's result printer (progress, success, failure).
import type { ParsedArgs } from '../../cli/arg-parser';
import type { CommandContext } from '../../cli/command';
import { EXIT, generalError } from '../../cli/errors';
import type { SimulatedObject } from '../../types';
import {
  authorizeS3,
  isRequestFailure,
  objectArn,
  RequestFailure,
  requireBucket,
  S3Error,
  s3CallerOrMessage,
  type S3Caller,
} from './call';
import { createFilter, filterRules } from './filters';
import { guessContentType, localFiles, walk, type LocalFiles } from './local-files';
import { absolute, basename, dirname, displayLocal, humanSize, isS3, splitBucketKey } from './paths';
import { isoSeconds, lookupBucket, now, objectBytes, putObject, sortedKeys } from './store';
import { deleteCurrent } from './versions';
import { sizeAndTimeDiffer } from './sync-strategy';

export type TransferCommand = 'cp' | 'mv' | 'rm' | 'sync';
type Operation = 'upload' | 'download' | 'copy' | 'delete';

/** One file or object found at the source (or, for sync, the destination). */
interface FileStat {
  /** An absolute local path, or `bucket/key`. */
  src: string;
  kind: 'local' | 's3';
  compareKey: string;
  size: number;
  /** Seconds since the epoch (local mtime, or the object's LastModified). */
  time: number;
}

interface Task {
  operation: Operation | 'move';
  src: FileStat;
  /** Absolute local path or `bucket/key`; null for deletes. */
  dest: string | null;
  destKind: 'local' | 's3';
  size: number;
}

/** The printed name of a location (`./a.txt`, `s3://b/k`). */
const shown = (path: string, kind: 'local' | 's3', cwd: string) =>
  kind === 's3' ? `s3://${path}` : displayLocal(path, cwd);

const usage: Record<TransferCommand, string> = {
  cp: '<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>',
  mv: '<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>',
  rm: '<S3Uri>',
  sync: '<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>',
};

const paramError = (message: string) => generalError(message, EXIT.usage);

/** s3://bucket → s3://bucket/ (awscli normalizes a bare bucket to its root). */
function normalizeS3(path: string): string {
  const { key } = splitBucketKey(path.slice(5));
  return !key && !path.endsWith('/') ? `${path}/` : path;
}

/** Runs one transfer command; returns the exit code (0, 1 when a task failed, 2 for warnings only). */
export async function runTransfer(
  command: TransferCommand,
  paths: string[],
  args: ParsedArgs,
  ctx: CommandContext,
) {
  const { cwd } = ctx.invocation;
  const option = (flag: string) => args.options.get(flag);
  const types = paths.map((p) => (isS3(p) ? 's3' : 'local')).join('');
  const allowed: Record<string, TransferCommand[]> = {
    s3s3: ['cp', 'sync', 'mv'],
    s3local: ['cp', 'sync', 'mv'],
    locals3: ['cp', 'sync', 'mv'],
    s3: ['rm'],
  };
  if (!allowed[types]?.includes(command))
    throw paramError(`usage: aws s3 ${command} ${usage[command]}\nError: Invalid argument type`);
  const [rawSrc = '', rawDest = rawSrc] = paths.map((p) => (isS3(p) ? normalizeS3(p) : p));
  const dirOp = command === 'sync' || option('--recursive') === true;
  const isStream = rawSrc === '-' || rawDest === '-';
  if (isStream && (command !== 'cp' || dirOp))
    throw paramError('Streaming currently is only compatible with non-recursive cp commands');
  if (
    command === 'mv' &&
    types === 's3s3' &&
    (rawSrc === rawDest || (rawDest.endsWith('/') && rawDest + basename(rawSrc) === rawSrc))
  )
    throw paramError(`Cannot mv a file onto itself: '${rawSrc}' - '${rawDest}'`);
  const files = localFiles(ctx.invocation.fs);
  if (types === 'locals3' && !isStream && !(await files.stat(absolute(rawSrc, cwd))))
    throw generalError(`The user-provided path ${rawSrc} does not exist.`);

  const quiet = option('--quiet') === true;
  const onlyErrors = isStream || option('--only-show-errors') === true;
  const progress = !quiet && !onlyErrors && option('--no-progress') !== true;
  const dryrun = option('--dryrun') === true;
  const printer = new ResultPrinter(ctx, quiet, onlyErrors, progress);

  const operation: Operation =
    types === 'locals3' ? 'upload' : types === 's3local' ? 'download' : types === 's3s3' ? 'copy' : 'delete';
  const auth = await s3CallerOrMessage(ctx, operationName(operation));
  // Configuration problems end the command at client creation; missing or refused credentials fail each request.
  if ('exit' in auth && !isRequestFailure(auth.exit)) throw auth.exit;
  const caller = 'caller' in auth ? auth.caller : null;
  const authMessage = 'message' in auth ? auth.message : '';
  try {
    if (isStream) return await stream(caller, auth, rawSrc, rawDest, files, ctx, printer);
    if (types === 's3local' && dirOp) await ctx.invocation.fs.mkdirp(absolute(rawDest, cwd));
    const source = await generate(
      caller,
      authMessage,
      rawSrc,
      operation === 'delete' ? 'delete' : 'source',
      dirOp,
      files,
      cwd,
    );
    const rules = filterRules(args.sequence);
    const srcRoot = root(rawSrc, dirOp, cwd);
    const destRoot = root(rawDest, dirOp, cwd);
    const keep = rules.length ? createFilter(rules, srcRoot, destRoot) : () => true;
    const destBase = destPath(rawDest, dirOp, cwd, await files.stat(absolute(rawDest, cwd)));
    const tasks: Task[] = [];
    const destKind = isS3(rawDest) ? 's3' : 'local';
    const taskFor = (src: FileStat): Task => ({
      operation: command === 'mv' ? 'move' : operation,
      src,
      dest:
        operation === 'delete'
          ? null
          : destBase.useSrcName
            ? destBase.path + (dirOp ? src.compareKey : basename(src.src))
            : destBase.path,
      destKind,
      size: src.size,
    });
    const sources = source.filter((f) => keep(f.src));
    if (command === 'sync') {
      const existing = (await generate(caller, authMessage, rawDest, 'dest', true, files, cwd)).filter((f) =>
        keep(f.src),
      );
      const sizeOnly = option('--size-only') === true;
      const exact = option('--exact-timestamps') === true;
      for (const [src, dest] of merge(sources, existing)) {
        if (src && (!dest || sizeAndTimeDiffer(src, dest, operation, sizeOnly, exact)))
          tasks.push(taskFor(src));
        else if (!src && dest && option('--delete') === true)
          tasks.push({ operation: 'delete', src: dest, dest: null, destKind: dest.kind, size: 0 });
      }
    } else tasks.push(...sources.map(taskFor));
    printer.expect(tasks);
    for (const task of tasks) {
      if (dryrun) printer.dryrun(task);
      else await execute(task, caller, auth, files, ctx, printer);
    }
  } catch (error) {
    if (!(error instanceof S3Error || error instanceof RequestFailure)) throw error;
    printer.error(error.message);
  }
  return printer.exitCode();
}

function operationName(operation: Operation): string {
  return { upload: 'PutObject', download: 'GetObject', copy: 'CopyObject', delete: 'DeleteObject' }[
    operation
  ];
}

/** Where filters are rooted: the directory (or bucket/prefix) the paths are relative to. */
function root(path: string, dirOp: boolean, cwd: string): string {
  if (isS3(path)) {
    const { bucket, key } = splitBucketKey(path.slice(5));
    const prefix = !dirOp && !key.endsWith('/') ? key.split('/').slice(0, -1).join('/') : key;
    return `${bucket}/${prefix}`;
  }
  return dirOp ? absolute(path, cwd) : dirname(absolute(path, cwd));
}

/** The destination path and whether each file keeps its source name (awscli's FileFormat). */
function destPath(path: string, dirOp: boolean, cwd: string, stat: { kind: string } | null) {
  if (isS3(path)) {
    const p = path.slice(5);
    if (dirOp) return { path: p.endsWith('/') ? p : `${p}/`, useSrcName: true };
    return { path: p, useSrcName: p.endsWith('/') };
  }
  const full = absolute(path, cwd);
  if (stat?.kind === 'directory' || dirOp || path.endsWith('/'))
    return { path: `${full === '/' ? '' : full}/`, useSrcName: true };
  return { path: full, useSrcName: false };
}

/** The files at a location: a local file or directory tree, one object (HeadObject) or the keys under a prefix. */
async function generate(
  caller: S3Caller | null,
  authMessage: string,
  path: string,
  role: 'source' | 'dest' | 'delete',
  dirOp: boolean,
  files: LocalFiles,
  cwd: string,
): Promise<FileStat[]> {
  if (!isS3(path)) {
    const full = absolute(path, cwd);
    const stat = await files.stat(full);
    // awscli hands a directory given without --recursive to the upload as `dir/`, which then fails to open it.
    if (!dirOp && stat?.kind === 'directory')
      return [{ src: `${full}/`, kind: 'local', compareKey: '', size: 0, time: stat.mtimeMs / 1000 }];
    if (!dirOp)
      return stat && stat.kind === 'file'
        ? [
            {
              src: full,
              kind: 'local',
              compareKey: basename(full),
              size: stat.size,
              time: stat.mtimeMs / 1000,
            },
          ]
        : [];
    if (!stat || stat.kind !== 'directory') return [];
    return (await walk(files, full)).map((e) => ({
      src: e.path,
      kind: 'local',
      compareKey: e.relative,
      size: e.size,
      time: e.mtimeMs / 1000,
    }));
  }
  const { bucket: name, key: given } = splitBucketKey(path.slice(5));
  // A directory operation works on a prefix: `s3://b/d` means the keys under `d/`.
  const key = dirOp && given && !given.endsWith('/') ? `${given}/` : given;
  if (!caller && !(role === 'delete' && !dirOp)) throw new RequestFailure(authMessage);
  const stat = (k: string, o: SimulatedObject, compareKey: string): FileStat => ({
    src: `${name}/${k}`,
    kind: 's3',
    compareKey,
    size: o.size,
    time: Date.parse(o.lastModified) / 1000,
  });
  if (!dirOp && key === '') {
    // awscli lists the bucket and keeps only keys equal to the path (none), and empty `…/` markers for rm.
    if (!caller) throw new RequestFailure(authMessage);
    const bucket = requireBucket(caller, name, 'ListObjectsV2');
    const objects = bucket.objects ?? {};
    const markers = sortedKeys(bucket).filter((k) => k.endsWith('/') && objects[k]!.size === 0);
    return role === 'delete' ? markers.map((k) => stat(k, objects[k]!, k)) : [];
  }
  if (!dirOp) {
    if (role === 'delete')
      return [{ src: `${name}/${key}`, kind: 's3', compareKey: basename(key), size: 0, time: 0 }];
    // HeadObject has no body: a missing bucket is a 404 like a missing key, a refusal a bare 403.
    const found = lookupBucket(caller!.account, caller!.owner, name);
    if (found.kind === 'forbidden') throw new S3Error('403', 'HeadObject', 'Forbidden');
    if (found.kind === 'found')
      authorizeS3(caller!, 's3:GetObject', objectArn(name, key), 'HeadObject', found.bucket);
    const object = found.kind === 'found' ? found.bucket.objects?.[key] : undefined;
    if (!object) throw new S3Error('404', 'HeadObject', `Key "${key}" does not exist`);
    return [stat(key, object, basename(key))];
  }
  const bucket = requireBucket(caller!, name, 'ListObjectsV2');
  const objects = bucket.objects ?? {};
  return sortedKeys(bucket, key).map((k) => stat(k, objects[k]!, k.slice(key.length)));
}

/** Pairs source and destination files by compare key (both lists sorted). */
function* merge(src: FileStat[], dest: FileStat[]): Generator<[FileStat | null, FileStat | null]> {
  let i = 0;
  let j = 0;
  while (i < src.length || j < dest.length) {
    const a = src[i];
    const b = dest[j];
    if (a && (!b || a.compareKey < b.compareKey)) {
      yield [a, null];
      i++;
    } else if (b && (!a || b.compareKey < a.compareKey)) {
      yield [null, b];
      j++;
    } else {
      yield [a!, b!];
      i++;
      j++;
    }
  }
}

/** Performs one task and prints its outcome. */
async function execute(
  task: Task,
  caller: S3Caller | null,
  auth: { message: string } | object,
  files: LocalFiles,
  ctx: CommandContext,
  printer: ResultPrinter,
) {
  try {
    if (!caller) throw new Error('message' in auth ? auth.message : 'not authenticated');
    const kind = task.operation === 'move' ? moveKind(task) : task.operation;
    if (kind === 'delete')
      await remove(
        task.src,
        caller,
        files,
        task.operation === 'delete' && task.src.kind === 's3' ? 'DeleteObject' : 'DeleteObject',
      );
    else {
      // botocore validates the request (Key at least 1 character) before the body is opened.
      if (task.destKind === 's3' && splitBucketKey(task.dest!).key === '')
        throw new Error(
          'Parameter validation failed:\nInvalid length for parameter Key, value: 0, valid min length: 1',
        );
      // awscli's DirectoryCreatorSubscriber makes a download's folder when the download is queued, so it stays
      // even when S3 refuses the GetObject.
      if (task.destKind === 'local') await files.makeParent(task.dest!);
      const data = await readSource(task.src, caller, files, kind === 'copy' ? 'CopyObject' : 'GetObject');
      if (task.destKind === 's3') {
        const { bucket: name, key } = splitBucketKey(task.dest!);
        const op = kind === 'copy' ? 'CopyObject' : 'PutObject';
        const bucket = requireBucket(caller, name, op);
        authorizeS3(caller, 's3:PutObject', objectArn(name, key), op, bucket);
        putObject(
          caller.account,
          bucket,
          key,
          data.bytes,
          data.contentType ?? guessContentType(task.src.src),
        );
      } else {
        await files.write(task.dest!, data.bytes, data.time * 1000);
      }
      if (task.operation === 'move') await remove(task.src, caller, files, 'DeleteObject');
    }
    printer.success(task);
  } catch (error) {
    if (error instanceof S3Error || error instanceof Error) printer.failure(task, error.message);
    else throw error;
  }
}

function moveKind(task: Task): Operation {
  if (task.src.kind === 'local') return 'upload';
  return task.destKind === 's3' ? 'copy' : 'download';
}

async function readSource(src: FileStat, caller: S3Caller, files: LocalFiles, operation: string) {
  if (src.kind === 'local') {
    const bytes = await files.read(src.src);
    if (!bytes) {
      const isDirectory =
        src.src.endsWith('/') && (await files.stat(src.src.slice(0, -1)))?.kind === 'directory';
      throw new Error(
        `[Errno ${isDirectory ? '21] Is a directory' : '2] No such file or directory'}: '${src.src}'`,
      );
    }
    return { bytes, time: src.time, contentType: undefined as string | undefined };
  }
  const { bucket: name, key } = splitBucketKey(src.src);
  const bucket = requireBucket(caller, name, operation);
  authorizeS3(caller, 's3:GetObject', objectArn(name, key), operation, bucket);
  const object = bucket.objects?.[key];
  if (!object) throw new S3Error('NoSuchKey', operation, 'The specified key does not exist.');
  return {
    bytes: objectBytes(object),
    time: Date.parse(object.lastModified) / 1000,
    contentType: object.contentType,
  };
}

async function remove(src: FileStat, caller: S3Caller, files: LocalFiles, operation: string) {
  if (src.kind === 'local') return files.remove(src.src);
  const { bucket: name, key } = splitBucketKey(src.src);
  const bucket = requireBucket(caller, name, operation);
  authorizeS3(caller, 's3:DeleteObject', objectArn(name, key), operation, bucket);
  deleteCurrent(bucket, key, isoSeconds(now(caller.account)));
}

/** `cp - s3://b/k` (stdin to an object) and `cp s3://b/k -` (an object to stdout): only errors are printed. */
async function stream(
  caller: S3Caller | null,
  auth: { message: string } | object,
  src: string,
  dest: string,
  files: LocalFiles,
  ctx: CommandContext,
  printer: ResultPrinter,
) {
  void files;
  try {
    if (!caller) throw new Error('message' in auth ? auth.message : 'not authenticated');
    if (src === '-') {
      const { bucket: name, key } = splitBucketKey(dest.slice(5));
      const bucket = requireBucket(caller, name, 'PutObject');
      authorizeS3(caller, 's3:PutObject', objectArn(name, key), 'PutObject', bucket);
      putObject(caller.account, bucket, key, new TextEncoder().encode(ctx.invocation.stdin ?? ''));
    } else {
      const { bucket: name, key } = splitBucketKey(src.slice(5));
      const bucket = requireBucket(caller, name, 'HeadObject');
      authorizeS3(caller, 's3:GetObject', objectArn(name, key), 'HeadObject', bucket);
      const object = bucket.objects?.[key];
      if (!object) throw new S3Error('404', 'HeadObject', 'Not Found');
      ctx.out.stdout += new TextDecoder().decode(objectBytes(object));
    }
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const location = src === '-' ? `- to ${dest}` : `${src} to -`;
    printer.raw(`${src === '-' ? 'upload' : 'download'} failed: ${location} ${error.message}`);
  }
  return printer.exitCode();
}

/** awscli's ResultPrinter, fed in order (the simulated transfers finish one after the other). */
class ResultPrinter {
  private failed = 0;
  private errors = 0;
  private total = 0;
  private files = 0;
  private done = 0;
  private doneBytes = 0;
  private failedBytes = 0;
  private progressLength = 0;
  constructor(
    private readonly ctx: CommandContext,
    private readonly quiet: boolean,
    private readonly onlyErrors: boolean,
    private readonly progress: boolean,
  ) {}

  expect(tasks: Task[]) {
    this.files = tasks.length;
    this.total = tasks.reduce((sum, t) => sum + (t.operation === 'delete' ? 0 : t.size), 0);
  }

  private location(task: Task) {
    const { cwd } = this.ctx.invocation;
    const src = shown(task.src.src, task.src.kind, cwd);
    return task.dest === null ? src : `${src} to ${shown(task.dest, task.destKind, cwd)}`;
  }

  private pad(text: string, end = '\n') {
    return text.padEnd(this.progressLength, ' ') + end;
  }

  /**
   * The progress line: `Completed 6 Bytes/6 Bytes (… /s) with 1 file(s) remaining`, over `bytes` (transferred, and
   * failed files counted whole, as awscli's ResultRecorder does).
   */
  private showProgress(bytes: number, remaining: number) {
    if (!this.progress || this.total === 0) return;
    // The simulated network moves 1 MiB per second per file already completed (speed is informational); bytes
    // of refused requests were never sent.
    const sent = bytes - this.failedBytes;
    const speed = humanSize(sent && Math.round(sent / (0.001 * (this.done + 1)))) + '/s';
    const line = `Completed ${humanSize(bytes)}/${humanSize(this.total)} (${speed}) with ${remaining} file(s) remaining`;
    const padded = this.pad(line, '\r');
    this.progressLength = padded.length - 1;
    this.ctx.out.stdout += padded;
  }

  /** After a result line, the progress line again while files remain (awscli's `_redisplay_progress`). */
  private redisplayProgress() {
    this.progressLength = 0;
    if (this.done < this.files) this.showProgress(this.doneBytes, this.files - this.done);
  }

  success(task: Task) {
    // The bytes went out before S3 answered: one progress report with the whole (small) file.
    if (task.operation !== 'delete') this.showProgress(this.doneBytes + task.size, this.files - this.done);
    this.done++;
    this.doneBytes += task.size;
    if (!this.quiet && !this.onlyErrors)
      this.ctx.out.stdout += this.pad(`${task.operation}: ${this.location(task)}`);
    this.redisplayProgress();
  }

  dryrun(task: Task) {
    this.done++;
    if (!this.quiet && !this.onlyErrors)
      this.ctx.out.stdout += `(dryrun) ${task.operation}: ${this.location(task)}\n`;
  }

  /** A refused request sent no bytes (S3 answers an upload before its body); its size still counts as done. */
  failure(task: Task, message: string) {
    this.failed++;
    this.done++;
    if (task.operation !== 'delete') {
      this.doneBytes += task.size;
      this.failedBytes += task.size;
    }
    this.raw(`${task.operation} failed: ${this.location(task)} ${message}`);
    this.redisplayProgress();
  }

  raw(line: string) {
    this.failed++;
    if (!this.quiet) this.ctx.out.stderr += this.pad(line);
    this.progressLength = 0;
  }

  error(message: string) {
    this.errors++;
    if (!this.quiet) this.ctx.out.stderr += this.pad(`fatal error: ${message}`);
  }

  exitCode(): number {
    return this.failed || this.errors ? 1 : 0;
  }
}
