// The exercise registry: one import per exercise; the key must equal the exercise id (= its file name).
import type { Exercise } from '@/lib/grader';
import addNamedProfile from './add-named-profile';
import configureDefaultProfile from './configure-default-profile';
import environmentVariablesWin from './environment-variables-win';
import lockDownCredentials from './lock-down-credentials';
import s3BucketInRegion from './s3-bucket-in-region';
import s3CopyOnlyLogs from './s3-copy-only-logs';
import s3SyncDelete from './s3-sync-delete';
import s3MovePrefix from './s3-move-prefix';
import s3RemoveBucket from './s3-remove-bucket';
import s3VersioningPublicBlock from './s3-versioning-public-block';
import s3DenyInsecureTransport from './s3-deny-insecure-transport';
import sourcingIsNotExporting from './sourcing-is-not-exporting';
import terraformProfile from './terraform-profile';
import useAProfile from './use-a-profile';

/** Every exercise, in the order the lesson introduces them. */
export const exercises: readonly Exercise[] = [
  configureDefaultProfile,
  addNamedProfile,
  useAProfile,
  environmentVariablesWin,
  sourcingIsNotExporting,
  lockDownCredentials,
  terraformProfile,
  s3BucketInRegion,
  s3CopyOnlyLogs,
  s3SyncDelete,
  s3MovePrefix,
  s3VersioningPublicBlock,
  s3DenyInsecureTransport,
  s3RemoveBucket,
];

/** The exercise with this id, or undefined. */
export function getExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
