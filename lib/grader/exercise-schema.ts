// The exercise format as a zod schema: `defineExercise` validates at import time, so a bad file fails the build.
import { z } from 'zod';
import type { Exercise } from './types';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const fileSpec = z.union([
  z.string(),
  z.object({ content: z.string(), mode: z.number().int().min(0).max(0o7777).optional() }).strict(),
]);

export const exerciseSchema = z
  .object({
    /** kebab-case, equal to the file name. */
    id: z.string().regex(kebab, 'use kebab-case, equal to the file name (e.g. "add-named-profile")'),
    /** Short title shown above the goal. */
    title: z.string().min(1, 'give the exercise a title'),
    /** Markdown goal. */
    goal: z.string().min(1, 'describe the goal in markdown'),
    /** The sandbox's starting state. */
    setup: z
      .object({
        files: z.record(z.string(), fileSpec).optional(),
        env: z
          .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'variable names only'), z.string())
          .optional(),
        cwd: z.string().optional(),
        account: z
          .custom<NonNullable<Exercise['setup']['account']>>(
            (v) => typeof v === 'object' && v !== null && Array.isArray((v as { users?: unknown }).users),
            'an account needs accountId and users (see lib/aws/default-account.ts)',
          )
          .optional(),
      })
      .strict(),
    /** Ordered checklist. */
    checks: z
      .array(
        z.object({
          id: z.string().regex(kebab, 'check ids are kebab-case'),
          label: z.string().min(1, 'every check needs a label'),
          run: z.custom<Exercise['checks'][number]['run']>(
            (v) => typeof v === 'function',
            'run must be a function',
          ),
        }),
      )
      .min(1, 'add at least one check'),
    /** Nudge first, most specific last. */
    hints: z.array(z.string().min(1)).min(2, 'give at least two hints (a nudge, then a specific one)'),
    /** A bash script that solves it. */
    solution: z.string().min(1, 'write a reference solution script'),
    /** Other correct routes: each must pass every check (at least six, decided with real bash and the CLI). */
    alternatives: z
      .array(z.object({ name: z.string().min(1), script: z.string().min(1) }).strict())
      .min(6, 'add at least six alternative correct routes'),
    /** Scripts that must fail a named check with a named message. */
    wrongAttempts: z
      .array(
        z
          .object({
            name: z.string().min(1),
            script: z.string().min(1),
            failsCheck: z.string().min(1),
            message: z.string().min(1),
          })
          .strict(),
      )
      .min(6, 'add at least six wrong attempts'),
  })
  .strict()
  .superRefine((exercise, ctx) => {
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
  });

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
