// The exercise format as a zod/mini schema: `defineExercise` validates at import time, so a bad file fails the build.
import '../zod-jitless';
import * as z from 'zod/mini';
import type { Exercise } from './types';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const fileSpec = z.union([
  z.string(),
  z.strictObject({
    content: z.string(),
    mode: z.optional(z.int().check(z.minimum(0), z.maximum(0o7777))),
  }),
]);
const text = (message?: string) => z.string().check(z.minLength(1, message));

export const exerciseSchema = z
  .strictObject({
    /** kebab-case, equal to the file name. */
    id: z.string().check(z.regex(kebab, 'use kebab-case, equal to the file name (e.g. "add-named-profile")')),
    /** Short title shown above the goal. */
    title: text('give the exercise a title'),
    /** Markdown goal. */
    goal: text('describe the goal in markdown'),
    /** The sandbox's starting state. */
    setup: z.strictObject({
      files: z.optional(z.record(z.string(), fileSpec)),
      env: z.optional(
        z.record(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'variable names only')), z.string()),
      ),
      cwd: z.optional(z.string()),
      account: z.optional(
        z.custom<NonNullable<Exercise['setup']['account']>>(
          (v) => typeof v === 'object' && v !== null && Array.isArray((v as { users?: unknown }).users),
          'an account needs accountId and users (see lib/aws/default-account.ts)',
        ),
      ),
    }),
    /** Ordered checklist. */
    checks: z
      .array(
        z.object({
          id: z.string().check(z.regex(kebab, 'check ids are kebab-case')),
          label: text('every check needs a label'),
          run: z.custom<Exercise['checks'][number]['run']>(
            (v) => typeof v === 'function',
            'run must be a function',
          ),
        }),
      )
      .check(z.minLength(1, 'add at least one check')),
    /** Nudge first, most specific last. */
    hints: z.array(text()).check(z.minLength(2, 'give at least two hints (a nudge, then a specific one)')),
    /** A bash script that solves it. */
    solution: text('write a reference solution script'),
    /** Other correct routes: each must pass every check (at least six, decided with real bash and the CLI). */
    alternatives: z
      .array(z.strictObject({ name: text(), script: text() }))
      .check(z.minLength(6, 'add at least six alternative correct routes')),
    /** Scripts that must fail a named check with a named message. */
    wrongAttempts: z
      .array(
        z.strictObject({
          name: text(),
          script: text(),
          failsCheck: text(),
          message: text(),
        }),
      )
      .check(z.minLength(6, 'add at least six wrong attempts')),
  })
  .check(
    z.superRefine((exercise, ctx) => {
      const ids = exercise.checks.map((c) => c.id);
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index)
          ctx.addIssue({
            code: 'custom',
            path: ['checks', index, 'id'],
            message: `duplicate check id "${id}"`,
          });
      });
      exercise.wrongAttempts.forEach((attempt, index) => {
        if (!ids.includes(attempt.failsCheck)) {
          ctx.addIssue({
            code: 'custom',
            path: ['wrongAttempts', index, 'failsCheck'],
            message: `"${attempt.failsCheck}" is not one of this exercise's check ids (${[...new Set(ids)].join(', ')})`,
          });
        }
      });
    }),
  );

/** Thrown for an invalid exercise; the message names the file and every bad field. */
export class ExerciseDefinitionError extends Error {}

/** Validates an exercise and returns it unchanged; throws ExerciseDefinitionError naming file and fields. */
export function defineExercise(exercise: Exercise): Exercise {
  const result = exerciseSchema.safeParse(exercise);
  if (result.success) return exercise;
  const id = typeof (exercise as { id?: unknown })?.id === 'string' ? exercise.id : '<missing id>';
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(the exercise)';
    return `  - ${field}: ${issue.message}`;
  });
  throw new ExerciseDefinitionError(`Invalid exercise in exercises/${id}.ts:\n${problems.join('\n')}`);
}
