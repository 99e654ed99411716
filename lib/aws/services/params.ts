// A service operation's parameters as the CLI handles them: the argument table derived from the botocore
// model (with the paging options), `file://` values, blobs from files, JSON and shorthand syntax, then
// botocore's validation.
import type { ArgTable, OptionSpec, ParsedArgs } from '../cli/arg-parser';
import { EXIT, generalError } from '../cli/errors';
import { loadParamValue } from '../commands/param-file';
import { absolutePath, expandPath } from '../config/paths';
import type { AwsFileSystem } from '../types';
import { cliName, type OperationModel, type ShapeModel } from './model';

/** The CLI's own paging options (awscli/customizations/paginate.py). */
export const PAGING_FLAGS = ['--starting-token', '--page-size', '--max-items'] as const;
const CLI_INPUT_JSON = '--cli-input-json';

/** One token name or several, as a list. */
export const tokenList = (token: string | readonly string[]): readonly string[] =>
  typeof token === 'string' ? [token] : token;

/**
 * The member the CLI's paging option replaces (IAM's MaxItems is shadowed by --max-items); S3's MaxKeys is
 * not shadowed and stays a hidden option of its own.
 */
export function shadowedLimit(model: OperationModel): string | undefined {
  const limit = model.paginator?.limitKey;
  return limit && PAGING_FLAGS.includes(`--${cliName(limit)}` as never) ? limit : undefined;
}

/** True when the operation's output has a streaming member: the CLI takes a positional `outfile`. */
export const hasOutfile = (model: OperationModel) =>
  Object.values(model.output?.members ?? {}).some((m) => m.streaming === true);

/** The argument table the CLI builds for an operation: one option per input member, paging options. */
export function argTable(model: OperationModel): ArgTable {
  const options: OptionSpec[] = [];
  const paging = model.paginator;
  const manual = paging ? [...tokenList(paging.inputToken), paging.limitKey] : [];
  for (const [member, shape] of Object.entries(model.input.members)) {
    if (member === shadowedLimit(model)) continue;
    const flag = `--${cliName(member)}`;
    const required = model.input.required.includes(member);
    const hidden = manual.includes(member) ? { hidden: true } : {};
    if (shape.type === 'boolean') {
      options.push({ flag, kind: 'flag' }, { flag: `--no-${cliName(member)}`, kind: 'flag' });
    } else if (shape.type === 'list') {
      options.push({ flag, kind: 'list', required });
    } else {
      options.push({
        flag,
        kind: 'value',
        required,
        int: shape.type === 'integer' || shape.type === 'long',
        ...hidden,
      });
    }
  }
  // The whole input as JSON (awscli/customizations/cliinput.py); the options on the command line win. Not for
  // an operation with streaming output (`outfile`), as cliinput.py says.
  if (!hasOutfile(model)) options.push({ flag: CLI_INPUT_JSON, kind: 'value', overridesRequired: true });
  if (paging) {
    options.push({ flag: '--starting-token', kind: 'value' });
    if (paging.limitKey) options.push({ flag: '--page-size', kind: 'value', argparseInt: true });
    options.push({ flag: '--max-items', kind: 'value', argparseInt: true });
  }
  return { options, ...(hasOutfile(model) ? { positionals: [{ name: 'outfile' }] } : {}) };
}

function parseError(flag: string, message: string): never {
  throw generalError(`Error parsing parameter '${flag}': ${message}`, EXIT.usage);
}

/**
 * The CLI's shorthand syntax for one structure: `Key=a,Value=b`; values of boolean and integer members are
 * converted as awscli's back-compat visitor does (`true` in any case, int()).
 */
function shorthand(flag: string, text: string, shape: ShapeModel): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0) {
      parseError(flag, `Expected: '=', received: 'EOF' for input:\n${text}\n${' '.repeat(text.length)}^`);
    }
    const key = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1);
    const type = shape.members?.[key]?.type;
    result[key] =
      type === 'boolean'
        ? raw.trim().toLowerCase() === 'true'
        : type === 'integer' || type === 'long'
          ? Number.parseInt(raw, 10)
          : raw;
  }
  return result;
}

function json(flag: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return parseError(flag, `Invalid JSON:\n${text}`);
  }
}

function scalar(flag: string, shape: ShapeModel, text: string): unknown {
  if (shape.type === 'integer' || shape.type === 'long') {
    if (!/^\s*[-+]?\d+\s*$/.test(text))
      throw generalError(`invalid literal for int() with base 10: '${text}'`);
    return Number.parseInt(text, 10);
  }
  if (shape.type === 'boolean') return text.toLowerCase() === 'true';
  if (shape.type === 'structure' || shape.type === 'map') {
    return /^\s*[{[]/.test(text) ? json(flag, text) : shorthand(flag, text, shape);
  }
  return text;
}

/** The operation's input dictionary from the parsed words (file:// values are read first). */
export async function buildInput(
  model: OperationModel,
  args: ParsedArgs,
  fs: AwsFileSystem,
  env: Record<string, string>,
  cwd: string,
): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  const load = (flag: string, value: string) => loadParamValue(flag, value, fs, env, cwd);
  for (const [member, shape] of Object.entries(model.input.members)) {
    // The paging limit (MaxItems) is shadowed by the CLI's own --max-items.
    if (member === shadowedLimit(model)) continue;
    const name = cliName(member);
    const flag = `--${name}`;
    if (shape.type === 'boolean') {
      // The last of --x / --no-x wins; argparse keeps both, the CLI reads --no-x last.
      if (args.options.has(`--no-${name}`)) input[member] = false;
      else if (args.options.has(flag)) input[member] = true;
      continue;
    }
    const raw = args.options.get(flag);
    if (raw === undefined || raw === true) continue;
    if (shape.type === 'list') {
      const words = raw as string[];
      const element = shape.member ?? { type: 'string' };
      // awscli's paramfile handler reads `file://` only when the list has one value, and the file's text then
      // replaces the list: a JSON list when it starts with `[`, else (Python iterates a string) one member per
      // character. Several values are sent as written (paramfile.py URIArgumentHandler, argprocess.py).
      if (words.length === 1) {
        const text = await load(flag, words[0]!);
        if (/^\s*\[/.test(text)) input[member] = json(flag, text);
        else if (words[0]!.startsWith('file://'))
          input[member] = [...text].map((c) => scalar(flag, element, c));
        else input[member] = [scalar(flag, element, text)];
      } else input[member] = words.map((w) => scalar(flag, element, w));
      continue;
    }
    if (shape.type === 'blob' && shape.streaming) {
      input[member] = await blobFile(flag, raw as string, fs, env, cwd);
      continue;
    }
    input[member] = scalar(flag, shape, await load(flag, raw as string));
  }
  const cliInput = args.options.get(CLI_INPUT_JSON);
  if (typeof cliInput === 'string') {
    let loaded: unknown;
    try {
      loaded = JSON.parse(await load(CLI_INPUT_JSON, cliInput));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      parseError('cli-input-json', 'Invalid JSON received.');
    }
    if (typeof loaded !== 'object' || loaded === null || Array.isArray(loaded)) {
      parseError(CLI_INPUT_JSON, `Invalid type: expecting map, received ${pyType(loaded)}`);
    }
    for (const [key, value] of Object.entries(loaded as Record<string, unknown>)) {
      if (!(key in input)) input[key] = value;
    }
  }
  return input;
}

/** A streaming blob parameter names a file (awscli's unpack_scalar_cli_arg): its bytes are the value. */
async function blobFile(
  flag: string,
  value: string,
  fs: AwsFileSystem,
  env: Record<string, string>,
  cwd: string,
): Promise<Uint8Array> {
  const path = absolutePath(expandPath(value.replace(/^fileb?:\/\//, ''), env), cwd);
  const bytes = fs.readBytes ? await fs.readBytes(path) : null;
  if (!bytes) parseError(flag, 'Blob values must be a path to a file.');
  return bytes;
}

function pyValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Python's name of a value's type, as botocore's messages print it. */
function pyType(value: unknown): string {
  if (value === null) return "<class 'NoneType'>";
  if (typeof value === 'string') return "<class 'str'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  return Array.isArray(value) ? "<class 'list'>" : "<class 'dict'>";
}

function validate(value: unknown, shape: ShapeModel, name: string, errors: string[]): void {
  const min = shape.min;
  const wrongType = (valid: string) =>
    errors.push(
      `Invalid type for parameter ${name}, value: ${pyValue(value)}, type: ${pyType(value)}, valid types: ${valid}`,
    );
  if (shape.type === 'string') {
    if (typeof value !== 'string') wrongType("<class 'str'>");
    else if (min !== undefined && value.length < min) {
      errors.push(`Invalid length for parameter ${name}, value: ${value.length}, valid min length: ${min}`);
    }
  } else if (shape.type === 'integer' || shape.type === 'long') {
    if (typeof value !== 'number' || !Number.isInteger(value)) wrongType("<class 'int'>");
    else if (min !== undefined && value < min) {
      errors.push(`Invalid value for parameter ${name}, value: ${value}, valid min value: ${min}`);
    }
  } else if (shape.type === 'boolean') {
    if (typeof value !== 'boolean') wrongType("<class 'bool'>");
  } else if (shape.type === 'list' && !Array.isArray(value)) {
    wrongType("<class 'list'>, <class 'tuple'>");
  } else if (
    shape.type === 'structure' &&
    (typeof value !== 'object' || value === null || Array.isArray(value))
  ) {
    wrongType("<class 'dict'>");
  } else if (shape.type === 'list' && Array.isArray(value)) {
    if (min !== undefined && value.length < min) {
      errors.push(`Invalid length for parameter ${name}, value: ${value.length}, valid min length: ${min}`);
    }
    value.forEach((item, i) => validate(item, shape.member ?? { type: 'string' }, `${name}[${i}]`, errors));
  } else if (
    shape.type === 'structure' &&
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value)
  ) {
    const record = value as Record<string, unknown>;
    const members = shape.members ?? {};
    for (const required of shape.required ?? []) {
      if (!(required in record)) errors.push(`Missing required parameter in ${name}: "${required}"`);
    }
    for (const [key, item] of Object.entries(record)) {
      if (!(key in members)) {
        errors.push(
          `Unknown parameter in ${name}: "${key}", must be one of: ${Object.keys(members).join(', ')}`,
        );
      } else validate(item, members[key]!, `${name}.${key}`, errors);
    }
  }
}

/** botocore's ParamValidator (it checks minimums only, never maximums or patterns): exit 252 on failure. */
export function validateInput(model: OperationModel, input: Record<string, unknown>): void {
  const errors: string[] = [];
  for (const required of model.input.required) {
    if (!(required in input)) errors.push(`Missing required parameter in input: "${required}"`);
  }
  const members = Object.keys(model.input.members);
  for (const [member, value] of Object.entries(input)) {
    const shape = model.input.members[member];
    if (shape) validate(value, shape, member, errors);
    else errors.push(`Unknown parameter in input: "${member}", must be one of: ${members.join(', ')}`);
  }
  if (errors.length) {
    throw generalError(`Parameter validation failed:\n${errors.join('\n')}`, EXIT.usage);
  }
}
