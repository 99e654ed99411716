// Each exercise's module, loaded on first use: the sandbox engine needs only the setup of the exercises on the page,
// not all of them with their checks and the grader (exercises/index.ts is the registry everything else imports).
import type { Exercise } from '@/lib/grader';

/** One loader per exercise, keyed by id, in course order (registry.test.ts checks they match the registry). */
export const exerciseLoaders: Readonly<Record<string, () => Promise<{ default: Exercise }>>> = {
  's3-bucket-in-region': () => import('./s3-bucket-in-region'),
  's3-copy-only-logs': () => import('./s3-copy-only-logs'),
  's3-sync-delete': () => import('./s3-sync-delete'),
  's3-move-prefix': () => import('./s3-move-prefix'),
  's3-versioning-public-block': () => import('./s3-versioning-public-block'),
  's3-deny-insecure-transport': () => import('./s3-deny-insecure-transport'),
  's3-remove-bucket': () => import('./s3-remove-bucket'),
  'tag-a-new-user': () => import('./tag-a-new-user'),
  'key-for-a-new-user': () => import('./key-for-a-new-user'),
  'rotate-access-key': () => import('./rotate-access-key'),
  'deactivate-leaked-key': () => import('./deactivate-leaked-key'),
  'permissions-through-a-group': () => import('./permissions-through-a-group'),
  'least-privilege-read-policy': () => import('./least-privilege-read-policy'),
  'attach-and-prove-policy': () => import('./attach-and-prove-policy'),
  'explicit-deny-wins': () => import('./explicit-deny-wins'),
  'require-tls-condition': () => import('./require-tls-condition'),
  'publish-policy-version': () => import('./publish-policy-version'),
  'fix-access-denied': () => import('./fix-access-denied'),
  'create-camera-user': () => import('./create-camera-user'),
  'configure-default-profile': () => import('./configure-default-profile'),
  'add-named-profile': () => import('./add-named-profile'),
  'use-a-profile': () => import('./use-a-profile'),
  'environment-variables-win': () => import('./environment-variables-win'),
  'sourcing-is-not-exporting': () => import('./sourcing-is-not-exporting'),
  'lock-down-credentials': () => import('./lock-down-credentials'),
  'terraform-profile': () => import('./terraform-profile'),
  'create-assumable-role': () => import('./create-assumable-role'),
  'attach-role-permissions': () => import('./attach-role-permissions'),
  'assume-role-export': () => import('./assume-role-export'),
  'role-profile': () => import('./role-profile'),
  'back-to-yourself': () => import('./back-to-yourself'),
};

/** The exercise with this id, loading its module (and the grader) on first use; undefined for an unknown id. */
export async function loadExercise(id: string): Promise<Exercise | undefined> {
  const load = Object.hasOwn(exerciseLoaders, id) ? exerciseLoaders[id] : undefined;
  return load ? (await load()).default : undefined;
}
