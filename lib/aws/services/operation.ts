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
import { absolutePath } from '../config/paths';
import { formatResponse, formatText, type ResponseValue } from '../output/formatters';
import type { SimulatedAccount } from '../types';
import type { OperationModel, ShapeModel } from './model';
import { fullResult, iteratePages, textPages } from './paginate';
import { argTable, buildInput, PAGING_FLAGS, shadowedLimit, tokenList, validateInput } from './params';

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
  /** The positional `outfile` of an operation with a streaming output (get-object), absolute. */
  outfile?: string;
}

/** The data and the one function that make a service operation. */
export interface OperationSpec {
  /** The IAM prefix and endpoint (`iam`, `sts`, `s3`). */
  service: string;
  /** The CLI command when it is not the service's name (`s3api`). */
  command?: string;
  model: OperationModel;
  summary: string;
  /** The service's texts for refused requests (default: the Query services' IAM/STS texts). */
  errors?: Pick<ServiceCall, 'unknownKey' | 'invalidToken' | 'wrongSecret' | 'expiredToken' | 'accessDenied'>;
  /** A client-side check after validation, before credentials (botocore's S3 bucket name rule). */
  check?(input: Record<string, unknown>): void;
  /** The permission the call needs (null: none, as for GetCallerIdentity). */
  permission(
    input: Record<string, unknown>,
    account: SimulatedAccount,
    principal: Principal,
  ): ActionRequest | null;
  /** Answers one request (one page for paginated operations); throws ServiceError for AWS's errors. */
  run(
    input: Record<string, unknown>,
    call: OperationCall,
  ): Record<string, unknown> | Promise<Record<string, unknown>>;
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

/** A service operation's command, with its spec (the recording stub answers through the same handlers). */
export type OperationCommand = AwsCommand & { spec: OperationSpec };

/** Builds the command for one operation. */
export function operationCommand(cli: string, spec: OperationSpec): OperationCommand {
  const service: ServiceCall = {
    service: spec.service,
    operation: spec.model.name,
    regionRequired: false,
    ...(spec.errors ?? QUERY_SERVICE_ERRORS),
  };
  return {
    name: cli,
    spec,
    help: { summary: spec.summary, usage: `aws ${spec.command ?? spec.service} ${cli}` },
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
      if (paging?.limitKey && shadowedLimit(spec.model)) {
        // The CLI validates the page size as the operation's own limit parameter.
        const probe = { ...input, ...(pageSize === undefined ? {} : { [paging.limitKey]: pageSize }) };
        validateInput(spec.model, probe);
      } else validateInput(spec.model, input);
      spec.check?.(input);
      const startingToken = args.options.get('--starting-token') as string | undefined;
      // A manual paging parameter (an input token, an unshadowed limit) turns pagination off.
      const manual = paging
        ? [...tokenList(paging.inputToken), paging.limitKey].some((k) => k && k in input)
        : false;
      const noPaginate = ctx.globals.noPaginate || manual;
      const paged = Boolean(paging) && !noPaginate;
      if (noPaginate && paging) {
        // The CLI gives back the operation's own argument its paging option shadowed (IAM's MaxItems is
        // --max-items); the other paging options are then errors (awscli/customizations/paginate.py).
        const shadowed = shadowedLimit(spec.model);
        const used = PAGING_FLAGS.filter((f) => args.options.has(f) && !(shadowed && f === '--max-items'));
        if (used.length) {
          throw generalError(
            `Cannot specify --no-paginate along with pagination arguments: ${used.join(', ')}`,
            EXIT.usage,
          );
        }
        if (shadowed && maxItems !== undefined) input[shadowed] = maxItems;
      }
      const principal = await authenticateCall(ctx, service);
      const permission = spec.permission(input, account, principal);
      if (permission) authorizeAction(ctx, service, principal, permission);
      const now = accountNow(account);
      const outfile = args.positionals.get('outfile');
      const call: OperationCall = {
        account,
        principal,
        now,
        timestamp: now.toISOString().replace(/\.\d{3}Z$/, '+00:00'),
        ctx,
        ...(outfile === undefined ? {} : { outfile: absolutePath(outfile, cwd) }),
      };
      const format = await outputFormat(ctx);
      const answer = async (request: Record<string, unknown>) => {
        try {
          return await spec.run(request, call);
        } catch (error) {
          if (error instanceof ServiceError) throw clientError(error.code, spec.model.name, error.message);
          throw error;
        }
      };
      const show = (value: ResponseValue) => (ctx.globals.query ? ctx.globals.query.search(value) : value);
      const orderedKeys = (response: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(response).map(([k, v]) => [k, ordered(v, spec.model.output?.members?.[k])]),
        ) as ResponseValue;
      if (!paged) {
        ctx.out.stdout += formatResponse(
          show(ordered(await answer(input), spec.model.output)),
          format,
          spec.model.name,
        );
        return 0;
      }
      const result = await iteratePages(spec.model, input, answer, { maxItems, pageSize, startingToken });
      if (format === 'text') {
        // The text formatter prints page by page (awscli/formatter.py TextFormatter).
        for (const page of textPages(spec.model, result))
          ctx.out.stdout += formatText(show(orderedKeys(page)));
        return 0;
      }
      // A paged result keeps build_full_result's key order (result keys, kept keys, NextToken); the
      // values inside follow the model.
      ctx.out.stdout += formatResponse(
        show(orderedKeys(fullResult(spec.model, result))),
        format,
        spec.model.name,
      );
      return 0;
    },
  };
}
