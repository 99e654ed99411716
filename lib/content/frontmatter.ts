// The lesson frontmatter schema and the build error a learner-facing author sees when a field is wrong.
import { z } from 'zod';

/** The YAML block at the top of every lesson file. */
export const frontmatterSchema = z
  .object({
    /** Page title and heading of the lesson, e.g. "AWS Programmatic Access". */
    title: z.string().trim().min(1),
    /** One sentence shown under the title, on the home page and as the page description. */
    summary: z.string().trim().min(1),
    /** Estimated reading plus practice time in whole minutes (a positive integer). */
    minutes: z.number().int().positive(),
  })
  .strict();

/** Validated frontmatter of one lesson. */
export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** What an author should write for each field; used in build errors. */
const fieldHelp: Record<string, string> = {
  title: 'add `title: Your lesson title` (a non-empty string)',
  summary: 'add `summary: One sentence saying what the learner will be able to do.`',
  minutes: 'add `minutes: 20` (a positive whole number of reading plus practice minutes)',
};

/** Fields that once existed: what to do instead. */
const retiredFields: Record<string, string> = {
  exercises: 'remove it: the lesson\'s `<Terminal exercise="id" />` tags already say which exercises it has',
};

/** A frontmatter problem: the build stops and prints this message. */
export class FrontmatterError extends Error {
  constructor(
    readonly file: string,
    readonly fields: string[],
    message: string,
  ) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

/** Describes the value that was found, for the error message. */
function describe(value: unknown): string {
  if (value === undefined) return 'it is missing';
  return `found ${JSON.stringify(value)}`;
}

/**
 * Validates raw frontmatter (as parsed from YAML) for `file`.
 * Throws a FrontmatterError that names the file, each bad field and what to do.
 */
export function parseFrontmatter(file: string, raw: unknown): Frontmatter {
  const result = frontmatterSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const record = (raw ?? {}) as Record<string, unknown>;
  const fields: string[] = [];
  const lines = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      fields.push(...issue.keys);
      const retired = issue.keys.filter((k) => retiredFields[k]);
      const unknown = issue.keys.filter((k) => !retiredFields[k]);
      return [
        ...retired.map((k) => `  - field "${k}" is no longer used: ${retiredFields[k]}`),
        ...(unknown.length
          ? [
              `  - unknown field ${unknown.map((k) => `"${k}"`).join(', ')}: remove it (allowed fields: ${Object.keys(fieldHelp).join(', ')})`,
            ]
          : []),
      ].join('\n');
    }
    const field = String(issue.path[0] ?? '(root)');
    fields.push(field);
    const where = issue.path.map(String).join('.');
    const help = fieldHelp[field] ?? 'fix the value';
    return `  - field "${where}": ${issue.message} (${describe(record[field])}); ${help}`;
  });
  const message = `Invalid frontmatter in ${file}:\n${lines.join('\n')}`;
  throw new FrontmatterError(file, [...new Set(fields)], message);
}
