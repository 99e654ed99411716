// The exercise registry: one import per exercise; the key must equal the exercise id (= its file name).
import type { Exercise } from '@/lib/grader';
import addNamedProfile from './add-named-profile';
import attachAndProvePolicy from './attach-and-prove-policy';
import configureDefaultProfile from './configure-default-profile';
import environmentVariablesWin from './environment-variables-win';
import explicitDenyWins from './explicit-deny-wins';
import fixAccessDenied from './fix-access-denied';
import leastPrivilegeReadPolicy from './least-privilege-read-policy';
import lockDownCredentials from './lock-down-credentials';
import publishPolicyVersion from './publish-policy-version';
import requireTlsCondition from './require-tls-condition';
import sourcingIsNotExporting from './sourcing-is-not-exporting';
import terraformProfile from './terraform-profile';
import useAProfile from './use-a-profile';
import createAssumableRole from './create-assumable-role';
import attachRolePermissions from './attach-role-permissions';
import assumeRoleExport from './assume-role-export';
import roleProfile from './role-profile';
import backToYourself from './back-to-yourself';

/** Every exercise, in the order the lesson introduces them. */
export const exercises: readonly Exercise[] = [
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
  leastPrivilegeReadPolicy,
  attachAndProvePolicy,
  explicitDenyWins,
  requireTlsCondition,
  publishPolicyVersion,
  fixAccessDenied,
];

/** The exercise with this id, or undefined. */
export function getExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
