// One simulated service operation as a command: parse and validate the parameters from the botocore model,
// run the call pipeline (credentials, authentication, authorization), page like the CLI, print the response.
import type { AwsCommand, CommandContext } from '../cli/command';
import { EXIT, generalError } from '../cli/errors';
import type { Principal } from '../account';
import { accountNow } from '../account';
import { outputFormat } from '../commands/output-format';
import {
  authenticateCall,
  authorizeAction,
  clientError,
  QUERY_SERVICE_ERRORS,
  type ActionRequest,
  type ServiceCall,
} from '../commands/service-call';
import { formatResponse, type ResponseValue } from '../output/formatters';
import type { SimulatedAccount } from '../types';
import type { OperationModel, ShapeModel } from './model';
import { argTable, buildInput, PAGING_FLAGS, validateInput } from './params';
import { cliName } from './model';

/** An error the simulated service answers with (printed as `An error occurred (Code) when calling …`). */
export class ServiceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What an operation's handler sees. */
export interface OperationCall {
  account: SimulatedAccount;
  principal: Principal;
  now: Date;
  /** `now` as the API's timestamps are kept: `2026-01-15T10:00:00+00:00`. */
  timestamp: string;
  ctx: CommandContext;
}

/** The data and the one function that make a service operation. */
export interface OperationSpec {
  /** The IAM prefix and endpoint (`iam`, `sts`). */
  service: string;
  model: OperationModel;
  summary: string;
  /** The permission the call needs (null: none, as for GetCallerIdentity). */
  permission(
    input: Record<string, unknown>,
    account: SimulatedAccount,
    principal: Principal,
  ): ActionRequest | null;
  /** Answers one request (one page for paginated operations); throws ServiceError for AWS's errors. */
  run(input: Record<string, unknown>, call: OperationCall): Record<string, unknown>;
}

/** Prints keys in the model's member order (botocore parses responses that way). */
function ordered(value: unknown, shape: ShapeModel | undefined): ResponseValue {
  if (Array.isArray(value)) return value.map((item) => ordered(item, shape?.member));
  if (value === null || typeof value !== 'object') return value as ResponseValue;
  const record = value as Record<string, unknown>;
  const out: Record<string, ResponseValue> = {};
  const keys = shape?.members ? Object.keys(shape.members) : Object.keys(record);
  for (const key of keys)
    if (record[key] !== undefined) out[key] = ordered(record[key], shape?.members?.[key]);
  for (const key of Object.keys(record)) {
    if (!(key in out) && record[key] !== undefined) out[key] = ordered(record[key], undefined);
  }
  return out;
}

const encodeToken = (token: Record<string, unknown>) =>
  btoa(JSON.stringify(token).replace(/,"/g, ', "').replace(/":/g, '": '));

function decodeToken(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(atob(text));
    if (value && typeof value === 'object') return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw generalError(`Bad starting token: ${text}`);
}

/** botocore's PageIterator.build_full_result over the simulated service's pages. */
function paginate(
  spec: OperationSpec,
  input: Record<string, unknown>,
  call: OperationCall,
  options: { maxItems?: number; pageSize?: number; startingToken?: string },
): Record<string, unknown> {
  const paging = spec.model.paginator!;
  const resultKeys = Array.isArray(paging.resultKey) ? paging.resultKey : [paging.resultKey as string];
  const primary = resultKeys[0]!;
  const request = { ...input };
  let marker: unknown = null;
  let skip = 0;
  if (options.startingToken !== undefined) {
    const token = decodeToken(options.startingToken);
    marker = token[paging.inputToken] ?? null;
    skip = typeof token.boto_truncate_amount === 'number' ? token.boto_truncate_amount : 0;
  }
  if (options.pageSize !== undefined && paging.limitKey) request[paging.limitKey] = options.pageSize;
  const full: Record<string, unknown[]> = {};
  const kept: Record<string, unknown> = {};
  let total = 0;
  let first = true;
  let resume: Record<string, unknown> | null = null;
  for (;;) {
    const page = spec.run(marker === null ? request : { ...request, [paging.inputToken]: marker }, call);
    let items = (page[primary] as unknown[] | undefined) ?? [];
    if (first)
      for (const key of paging.nonAggregateKeys ?? []) if (page[key] !== undefined) kept[key] = page[key];
    if (first && skip) items = items.slice(skip);
    const startOffset = first ? skip : 0;
    first = false;
    const over = options.maxItems === undefined ? 0 : total + items.length - options.maxItems;
    if (over > 0) {
      const keep = items.length - over;
      (full[primary] ??= []).push(...items.slice(0, keep));
      resume = { [paging.inputToken]: marker, boto_truncate_amount: keep + startOffset };
      break;
    }
    (full[primary] ??= []).push(...items);
    for (const key of resultKeys.slice(1)) (full[key] ??= []).push(...((page[key] as unknown[]) ?? []));
    total += items.length;
    const more = paging.moreResults ? Boolean(page[paging.moreResults]) : true;
    const next = more ? (page[paging.outputToken] ?? null) : null;
    if (next === null || next === '') break;
    if (options.maxItems !== undefined && total === options.maxItems) {
      resume = { [paging.inputToken]: next };
      break;
    }
    marker = next;
  }
  const result: Record<string, unknown> = { ...full, ...kept };
  if (resume) result.NextToken = encodeToken(resume);
  return result;
}

/** A service operation's command, with its spec (the recording stub answers through the same handlers). */
export type OperationCommand = AwsCommand & { spec: OperationSpec };

/** Builds the command for one operation. */
export function operationCommand(cli: string, spec: OperationSpec): OperationCommand {
  const service: ServiceCall = {
    service: spec.service,
    operation: spec.model.name,
    regionRequired: false,
    ...QUERY_SERVICE_ERRORS,
  };
  return {
    name: cli,
    spec,
    help: { summary: spec.summary, usage: `aws ${spec.service} ${cli}` },
    args: argTable(spec.model),
    async run(args, ctx) {
      const { fs, env, cwd, account } = ctx.invocation;
      const input = await buildInput(spec.model, args, fs, env, cwd);
      const number = (flag: string) => {
        const value = args.options.get(flag);
        return typeof value === 'string' ? Number.parseInt(value, 10) : undefined;
      };
      const maxItems = number('--max-items');
      const pageSize = number('--page-size');
      const paging = spec.model.paginator;
      if (paging?.limitKey) {
        // The CLI validates the page size as the operation's own limit parameter.
        const probe = { ...input, ...(pageSize === undefined ? {} : { [paging.limitKey]: pageSize }) };
        validateInput(spec.model, probe);
      } else validateInput(spec.model, input);
      const startingToken = args.options.get('--starting-token') as string | undefined;
      const paged = Boolean(paging) && !ctx.globals.noPaginate && !(paging && paging.inputToken in input);
      if (ctx.globals.noPaginate && paging) {
        // The CLI gives back the operation's own argument its paging option shadowed (IAM's MaxItems is
        // --max-items); the other paging options are then errors (awscli/customizations/paginate.py).
        const shadowed = paging.limitKey !== undefined && cliName(paging.limitKey) === 'max-items';
        const used = PAGING_FLAGS.filter((f) => args.options.has(f) && !(shadowed && f === '--max-items'));
        if (used.length) {
          throw generalError(
            `Cannot specify --no-paginate along with pagination arguments: ${used.join(', ')}`,
            EXIT.usage,
          );
        }
        if (shadowed && maxItems !== undefined) input[paging.limitKey!] = maxItems;
      }
      const principal = await authenticateCall(ctx, service);
      const permission = spec.permission(input, account, principal);
      if (permission) authorizeAction(ctx, service, principal, permission);
      const now = accountNow(account);
      const call: OperationCall = {
        account,
        principal,
        now,
        timestamp: now.toISOString().replace(/\.\d{3}Z$/, '+00:00'),
        ctx,
      };
      const format = await outputFormat(ctx);
      let response: Record<string, unknown>;
      try {
        response = paged
          ? paginate(spec, input, call, { maxItems, pageSize, startingToken })
          : spec.run(input, call);
      } catch (error) {
        if (error instanceof ServiceError) throw clientError(error.code, spec.model.name, error.message);
        throw error;
      }
      // A paged result keeps build_full_result's key order (result keys, kept keys, NextToken); the
      // values inside follow the model.
      const value = paged
        ? (Object.fromEntries(
            Object.entries(response).map(([k, v]) => [k, ordered(v, spec.model.output?.members?.[k])]),
          ) as ResponseValue)
        : ordered(response, spec.model.output);
      const shown = ctx.globals.query ? ctx.globals.query.search(value) : value;
      ctx.out.stdout += formatResponse(shown, format, spec.model.name);
      return 0;
    },
  };
}
