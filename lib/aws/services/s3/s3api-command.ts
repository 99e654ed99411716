// Turns a model operation plus its handler into an `aws s3api <operation>` command: parameters, validation
// (before credentials), authentication, the handler, pagination and the output format.
import type { ParsedArgs } from '../../cli/arg-parser';
import type { AwsCommand, CommandContext } from '../../cli/command';
import { EXIT, generalError } from '../../cli/errors';
import { loadParamValue } from '../../commands/param-file';
import { outputFormat } from '../../commands/output-format';
import { clientError } from '../../commands/service-call';
import { absolutePath, expandPath } from '../../config/paths';
import { formatResponse, formatText, type ResponseValue } from '../../output/formatters';
import { paramValidationMessage } from './bucket-ops';
import { S3Error, s3Caller, type S3Caller } from './call';
import { localFiles, type LocalFiles } from './local-files';
import {
  argumentTable,
  cliName,
  isScalarShape,
  OPERATIONS,
  ordered,
  parseComplex,
  shape,
  validate,
} from './s3api-model';

/** What a handler gets besides its input. */
export interface S3apiIo {
  ctx: CommandContext;
  files: LocalFiles;
  /** get-object's positional `outfile`, absolute. */
  outfile?: string;
}

/** One operation's behaviour: the response (before ordering), or null for none. Errors are thrown S3Errors. */
export type S3apiHandler = (
  input: Record<string, unknown>,
  caller: S3Caller,
  io: S3apiIo,
) => Promise<Record<string, unknown> | null> | Record<string, unknown> | null;

async function readInput(
  operation: string,
  options: ParsedArgs['options'],
  ctx: CommandContext,
  files: LocalFiles,
) {
  const { env, cwd, fs } = ctx.invocation;
  const op = OPERATIONS[operation]!;
  const input: Record<string, unknown> = {};
  const members = op.input ? (shape(op.input).members ?? {}) : {};
  for (const [member, spec] of Object.entries(members)) {
    const flag = `--${cliName(member)}`;
    const target = shape(spec.shape);
    if (target.type === 'boolean') {
      if (options.has(flag)) input[member] = true;
      if (options.has(`--no-${cliName(member)}`)) input[member] = false;
      continue;
    }
    const raw = options.get(flag);
    if (typeof raw !== 'string') continue;
    if (target.type === 'blob') {
      // Blob parameters name a file (https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-parameters-file.html).
      const path = absolutePath(expandPath(raw.replace(/^fileb?:\/\//, ''), env), cwd);
      const bytes = await files.read(path);
      if (!bytes)
        throw generalError(
          `Error parsing parameter '${flag}': Blob values must be a path to a file.`,
          EXIT.usage,
        );
      input[member] = bytes;
      continue;
    }
    const text = await loadParamValue(flag, raw, fs, env, cwd);
    if (target.type === 'integer' || target.type === 'long') input[member] = Number(text);
    else if (isScalarShape(target)) input[member] = text;
    else input[member] = parseComplex(flag, text, target);
  }
  return input;
}

const pyJson = (value: Record<string, unknown>) =>
  '{' +
  Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}: ${v === null ? 'null' : JSON.stringify(v)}`)
    .join(', ') +
  '}';

/**
 * The CLI's automatic pagination (ListObjectsV2): pages of --page-size, result keys merged, --max-items with a
 * NextToken (base64 of botocore's JSON). Setting the limit key or the input token turns it off.
 */
function paginate(
  operation: string,
  input: Record<string, unknown>,
  options: ParsedArgs['options'],
  page: (input: Record<string, unknown>) => Record<string, unknown>,
  format: string,
) {
  const paginator = OPERATIONS[operation]!.paginator!;
  const pageSize = options.get('--page-size');
  const maxItems = options.get('--max-items');
  const starting = options.get('--starting-token');
  let token: string | null = null;
  let skip = 0;
  if (typeof starting === 'string') {
    const decoded = JSON.parse(atob(starting)) as Record<string, unknown>;
    token = (decoded[paginator.input_token] as string | null) ?? null;
    skip = Number(decoded.boto_truncate_amount ?? 0);
  }
  const pages: Record<string, unknown>[] = [];
  let remaining = typeof maxItems === 'string' ? Number(maxItems) : Infinity;
  let next: Record<string, unknown> | null = null;
  for (;;) {
    const request: Record<string, unknown> = {
      ...input,
      ...(token ? { [paginator.input_token]: token } : {}),
    };
    if (typeof pageSize === 'string') request[paginator.limit_key] = Number(pageSize);
    const response = page(request);
    const results = paginator.result_key.map((key) => ((response[key] as unknown[]) ?? []).slice(skip));
    skip = 0;
    const count = results.reduce((n, r) => n + r.length, 0);
    if (count > remaining) {
      // botocore truncates the primary result key and resumes inside this page.
      const kept = Object.fromEntries(
        paginator.result_key.map((key, i) => [key, results[i]!.slice(0, i === 0 ? remaining : 0)]),
      );
      pages.push({ ...response, ...kept });
      next = { [paginator.input_token]: token, boto_truncate_amount: remaining };
      break;
    }
    pages.push({
      ...response,
      ...Object.fromEntries(paginator.result_key.map((key, i) => [key, results[i]])),
    });
    remaining -= count;
    const more = response[paginator.output_token] as string | undefined;
    if (!more) break;
    token = more;
    if (remaining === 0) {
      next = { [paginator.input_token]: token };
      break;
    }
  }
  const nextToken = next ? btoa(pyJson(next)) : null;
  if (format === 'text') {
    return {
      pages: pages.map((p) =>
        Object.fromEntries(
          paginator.result_key.map((key) => [key, (p[key] as unknown[]).length ? p[key] : null]),
        ),
      ),
      nextToken,
    };
  }
  const merged: Record<string, unknown> = {};
  for (const key of paginator.result_key) {
    const all = pages.flatMap((p) => p[key] as unknown[]);
    if (all.length) merged[key] = all;
  }
  if (nextToken) merged.NextToken = nextToken;
  return { merged, nextToken };
}

export function s3apiCommand(operation: string, handler: S3apiHandler): AwsCommand {
  const table = argumentTable(operation);
  const op = OPERATIONS[operation]!;
  return {
    name: cliName(operation),
    help: { summary: `The S3 ${operation} operation.`, usage: `aws s3api ${cliName(operation)}` },
    args: { options: table.options, positionals: table.outfile ? [{ name: 'outfile' }] : [] },
    async run(args, ctx) {
      const files = localFiles(ctx.invocation.fs);
      const input = await readInput(operation, args.options, ctx, files);
      const errors: string[] = [];
      if (op.input) validate(input, op.input, 'input', errors);
      const bucketProblem = typeof input.Bucket === 'string' ? paramValidationMessage(input.Bucket) : null;
      if (errors.length) {
        const lines = errors.map((e) =>
          e
            .replace(
              /^(Missing required parameter in |Invalid type for parameter |Unknown parameter in )input\.?/,
              '$1',
            )
            .replace(/in : /, 'in input: '),
        );
        throw generalError(`Parameter validation failed:\n${lines.join('\n')}`, EXIT.usage);
      }
      if (bucketProblem) throw generalError(bucketProblem, EXIT.usage);
      const outfile = args.positionals.get('outfile');
      const caller = await s3Caller(ctx, operation);
      const io: S3apiIo = { ctx, files, outfile: outfile && absolutePath(outfile, ctx.invocation.cwd) };
      const asCliError = (error: unknown) =>
        error instanceof S3Error ? clientError(error.code, error.operation, error.detail) : error;
      const call = async (request: Record<string, unknown>) => {
        try {
          return await handler(request, caller, io);
        } catch (error) {
          throw asCliError(error);
        }
      };
      const format = await outputFormat(ctx);
      const query = ctx.globals.query;
      const print = (value: ResponseValue) =>
        (ctx.out.stdout += formatResponse(query ? query.search(value) : value, format, operation));
      const paginated =
        op.paginator &&
        !args.options.has(`--${cliName(op.paginator.limit_key)}`) &&
        !args.options.has(`--${cliName(op.paginator.input_token)}`);
      if (paginated) {
        const sync = (request: Record<string, unknown>) => {
          try {
            const result = handler(request, caller, io);
            if (result instanceof Promise) throw new Error('paginated handlers are synchronous');
            return result ?? {};
          } catch (error) {
            throw asCliError(error);
          }
        };
        const result = paginate(operation, input, args.options, sync, format);
        if ('pages' in result && result.pages) {
          for (const page of result.pages) {
            const value = ordered(page, op.output!);
            ctx.out.stdout += formatText(query ? query.search(value) : value);
          }
          if (result.nextToken) ctx.out.stdout += formatText({ NextToken: { NextToken: result.nextToken } });
        } else {
          const value = ordered(result.merged, op.output!) as Record<string, ResponseValue>;
          print(result.nextToken ? { ...value, NextToken: result.nextToken } : value);
        }
        return 0;
      }
      const response = await call(input);
      if (response && op.output) print(ordered(response, op.output));
      return 0;
    },
  };
}
