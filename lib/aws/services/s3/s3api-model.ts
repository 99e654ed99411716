// The trimmed botocore S3 model (s3api-model.json, written by scripts/s3api-model.py): argument tables for
// `aws s3api` operations, parameter parsing (JSON, shorthand) and validation, output in the model's order.
import type { OptionSpec } from '../../cli/arg-parser';
import { EXIT, generalError } from '../../cli/errors';
import type { ResponseValue } from '../../output/formatters';
import MODEL from './s3api-model.json';

/** One shape of the model (structure, list, map or scalar). */
export interface Shape {
  type: string;
  members?: Record<string, { shape: string; location?: string; streaming?: boolean }>;
  required?: string[];
  member?: string;
  key?: string;
  value?: string;
  enum?: string[];
  streaming?: boolean;
}

interface Operation {
  http: { method: string; requestUri: string };
  input?: string;
  output?: string;
  paginator?: { input_token: string; limit_key: string; output_token: string; result_key: string[] };
}

const shapes = MODEL.shapes as Record<string, Shape>;
export const OPERATIONS = MODEL.operations as Record<string, Operation>;

export const shape = (name: string): Shape => shapes[name]!;

/** botocore's xform_name with dashes: `CreateBucketConfiguration` → `create-bucket-configuration`. */
export function cliName(name: string): string {
  return name
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

const SCALAR_TYPES = new Set([
  'string',
  'integer',
  'long',
  'boolean',
  'timestamp',
  'blob',
  'double',
  'float',
]);

/** The argument table of an operation: one option per input member (booleans get a `--no-` twin). */
export function argumentTable(operation: string): { options: OptionSpec[]; outfile: boolean } {
  const op = OPERATIONS[operation]!;
  const input = op.input ? shape(op.input) : { type: 'structure', members: {} };
  const options: OptionSpec[] = [];
  for (const [member, spec] of Object.entries(input.members ?? {})) {
    const type = shape(spec.shape).type;
    const flag = `--${cliName(member)}`;
    const required = input.required?.includes(member) ?? false;
    if (type === 'boolean')
      options.push({ flag, kind: 'flag' }, { flag: `--no-${cliName(member)}`, kind: 'flag' });
    else options.push({ flag, kind: 'value', required, int: type === 'integer' || type === 'long' });
  }
  if (op.paginator) {
    options.push(
      { flag: '--starting-token', kind: 'value' },
      { flag: '--page-size', kind: 'value', int: true },
      { flag: '--max-items', kind: 'value', int: true },
    );
  }
  options.push(
    { flag: '--cli-input-json', kind: 'value' },
    { flag: '--generate-cli-skeleton', kind: 'value' },
  );
  const outfile = Object.values(shapes[op.output ?? '']?.members ?? {}).some(
    (m) => m.streaming === true || shape(m.shape).streaming === true,
  );
  return { options, outfile };
}

const paramError = (option: string, message: string) =>
  generalError(`Error parsing parameter '${option}': ${message}`, EXIT.usage);

/** Shorthand syntax for flat structures: `Key=Value,Other=true`. */
function shorthand(option: string, text: string, target: Shape): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of text.split(',')) {
    const at = pair.indexOf('=');
    if (at < 0) {
      throw paramError(
        option,
        `Expected: '=', received: 'EOF' for input:\n${text}\n${' '.repeat(text.length)}^`,
      );
    }
    const key = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim();
    const member = target.members?.[key];
    const type = member ? shape(member.shape).type : 'string';
    out[key] = type === 'boolean' ? raw.toLowerCase() === 'true' : type === 'integer' ? Number(raw) : raw;
  }
  return out;
}

/** A non-scalar parameter value: JSON, or shorthand for structures. */
export function parseComplex(option: string, text: string, target: Shape): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || target.type !== 'structure') {
    try {
      return JSON.parse(trimmed);
    } catch (error) {
      throw paramError(
        option,
        `Invalid JSON: ${error instanceof Error ? error.message : String(error)}\nJSON received: ${text}`,
      );
    }
  }
  return shorthand(option, text, target);
}

export const isScalarShape = (s: Shape) => SCALAR_TYPES.has(s.type);

/** botocore's ParamValidator: missing required members and wrong types, all reported together. */
export function validate(value: unknown, shapeName: string, path: string, errors: string[]): void {
  const s = shape(shapeName);
  const pyType = (v: unknown) =>
    typeof v === 'string'
      ? "<class 'str'>"
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? "<class 'int'>"
          : "<class 'float'>"
        : typeof v === 'boolean'
          ? "<class 'bool'>"
          : Array.isArray(v)
            ? "<class 'list'>"
            : "<class 'dict'>";
  const wrong = (valid: string) =>
    errors.push(
      `Invalid type for parameter ${path}, value: ${JSON.stringify(value)}, type: ${pyType(value)}, valid types: ${valid}`,
    );
  if (s.type === 'structure') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void wrong("<class 'dict'>");
    const record = value as Record<string, unknown>;
    for (const name of s.required ?? [])
      if (!(name in record)) errors.push(`Missing required parameter in ${path}: "${name}"`);
    for (const [key, child] of Object.entries(record)) {
      const member = s.members?.[key];
      if (!member) {
        errors.push(
          `Unknown parameter in ${path}: "${key}", must be one of: ${Object.keys(s.members ?? {}).join(', ')}`,
        );
      } else validate(child, member.shape, `${path}.${key}`, errors);
    }
  } else if (s.type === 'list') {
    if (!Array.isArray(value)) return void wrong("<class 'list'>, <class 'tuple'>");
    value.forEach((item, i) => validate(item, s.member!, `${path}[${i}]`, errors));
  } else if (s.type === 'integer' || s.type === 'long') {
    if (typeof value !== 'number' || !Number.isInteger(value)) wrong("<class 'int'>");
  } else if (s.type === 'boolean') {
    if (typeof value !== 'boolean') wrong("<class 'bool'>");
  } else if (s.type === 'string' && typeof value !== 'string') wrong("<class 'str'>");
}

/** A response in the output shape's member order, without absent members (what botocore's parser returns). */
export function ordered(value: unknown, shapeName: string): ResponseValue {
  const s = shape(shapeName);
  if (value === undefined || value === null) return null;
  if (s.type === 'structure' && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const out: Record<string, ResponseValue> = {};
    for (const [member, spec] of Object.entries(s.members ?? {})) {
      if (record[member] !== undefined) out[member] = ordered(record[member], spec.shape);
    }
    return out;
  }
  if (s.type === 'list' && Array.isArray(value)) return value.map((v) => ordered(v, s.member!));
  return value as ResponseValue;
}
