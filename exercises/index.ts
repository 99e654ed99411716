// The exercise registry: one import per exercise; the key must equal the exercise id (= its file name).
import type { Exercise } from '@/lib/grader';
import addNamedProfile from './add-named-profile';
import attachAndProvePolicy from './attach-and-prove-policy';
import configureDefaultProfile from './configure-default-profile';
import deactivateLeakedKey from './deactivate-leaked-key';
import createCameraUser from './create-camera-user';
import environmentVariablesWin from './environment-variables-win';
import explicitDenyWins from './explicit-deny-wins';
import fixAccessDenied from './fix-access-denied';
import leastPrivilegeReadPolicy from './least-privilege-read-policy';
import lockDownCredentials from './lock-down-credentials';
import publishPolicyVersion from './publish-policy-version';
import requireTlsCondition from './require-tls-condition';
import keyForANewUser from './key-for-a-new-user';
import permissionsThroughAGroup from './permissions-through-a-group';
import rotateAccessKey from './rotate-access-key';
import s3BucketInRegion from './s3-bucket-in-region';
import s3CopyOnlyLogs from './s3-copy-only-logs';
import s3SyncDelete from './s3-sync-delete';
import s3MovePrefix from './s3-move-prefix';
import s3RemoveBucket from './s3-remove-bucket';
import s3VersioningPublicBlock from './s3-versioning-public-block';
import s3DenyInsecureTransport from './s3-deny-insecure-transport';
import sourcingIsNotExporting from './sourcing-is-not-exporting';
import tagANewUser from './tag-a-new-user';
import terraformProfile from './terraform-profile';
import useAProfile from './use-a-profile';
import createAssumableRole from './create-assumable-role';
import attachRolePermissions from './attach-role-permissions';
import assumeRoleExport from './assume-role-export';
import roleProfile from './role-profile';
import backToYourself from './back-to-yourself';

/** Every exercise, in course order (the outline's lessons, then each lesson's order). */
export const exercises: readonly Exercise[] = [
  s3BucketInRegion,
  s3CopyOnlyLogs,
  s3SyncDelete,
  s3MovePrefix,
  s3VersioningPublicBlock,
  s3DenyInsecureTransport,
  s3RemoveBucket,
  tagANewUser,
  keyForANewUser,
  rotateAccessKey,
  deactivateLeakedKey,
  permissionsThroughAGroup,
  leastPrivilegeReadPolicy,
  attachAndProvePolicy,
  explicitDenyWins,
  requireTlsCondition,
  publishPolicyVersion,
  fixAccessDenied,
  createCameraUser,
  configureDefaultProfile,
  addNamedProfile,
  useAProfile,
  environmentVariablesWin,
  sourcingIsNotExporting,
  lockDownCredentials,
  terraformProfile,
  createAssumableRole,
  attachRolePermissions,
  assumeRoleExport,
  roleProfile,
  backToYourself,
];

/** The exercise with this id, or undefined. */
export function getExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
