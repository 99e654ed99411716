// The progress file: a versioned JSON export, and an import that refuses damaged or foreign files with a reason.
import '../zod-jitless';
import * as z from 'zod/mini';
import type { Progress } from './progress';
import { MAX_PROGRESS_FILE_BYTES, PROGRESS_FORMAT, PROGRESS_VERSION } from './progress-format';

const idPattern = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/;
const markSchema = z.strictObject({
  /** When it was first done. */
  at: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 time' }),
});
const marksSchema = z.record(
  z.string().check(z.regex(idPattern, 'an id must be kebab-case words, e.g. use-a-profile')),
  markSchema,
);

/** The file as exported: `{ format, version, exportedAt, exercises, lessons }`. */
export const progressFileSchema = z.strictObject({
  /** Always `skillshell-progress`. */
  format: z.literal(PROGRESS_FORMAT),
  /** Format version; a newer version is refused rather than half-read. */
  version: z.literal(PROGRESS_VERSION),
  /** When the file was written. */
  exportedAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 time' }),
  /** Completed exercises by id. */
  exercises: marksSchema,
  /** Read lessons by `module/lesson` id. */
  lessons: marksSchema,
});

export type ProgressFile = z.infer<typeof progressFileSchema>;

/** The outcome of reading a progress file: the progress, or a sentence saying why it was refused. */
export type ParsedProgressFile = { ok: true; progress: Progress } | { ok: false; message: string };

/** The export as pretty-printed JSON text. */
export function serializeProgress(progress: Progress, now: Date): string {
  const file: ProgressFile = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    exercises: progress.exercises,
    lessons: progress.lessons,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function where(path: readonly PropertyKey[]): string {
  return path.length ? ` (at ${path.map(String).join('.')})` : '';
}

/** Validates a parsed JSON value (also used for what is kept in storage). */
export function parseProgressValue(value: unknown): ParsedProgressFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'This is not a Skillshell progress file: it does not hold a JSON object.' };
  }
  const record = value as Record<string, unknown>;
  if (record.format !== PROGRESS_FORMAT) {
    return {
      ok: false,
      message: 'This is not a Skillshell progress file (its "format" is not "skillshell-progress").',
    };
  }
  if (typeof record.version === 'number' && record.version > PROGRESS_VERSION) {
    return {
      ok: false,
      message: `This progress file has version ${record.version}, newer than this site reads (${PROGRESS_VERSION}).`,
    };
  }
  const parsed = progressFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `This progress file is damaged: ${issue?.message ?? 'invalid'}${where(issue?.path ?? [])}.`,
    };
  }
  return { ok: true, progress: { exercises: parsed.data.exercises, lessons: parsed.data.lessons } };
}

/** Reads the text of a chosen file. Never throws; refuses with a message instead. */
export function parseProgressFile(text: string): ParsedProgressFile {
  if (text.length > MAX_PROGRESS_FILE_BYTES) {
    return { ok: false, message: 'This file is too large to be a Skillshell progress file.' };
  }
  if (text.trim() === '') return { ok: false, message: 'This file is empty.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it cannot be a Skillshell progress file.' };
  }
  return parseProgressValue(value);
}
