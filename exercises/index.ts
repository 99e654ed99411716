// The exercise registry: one import per exercise; the key must equal the exercise id (= its file name).
import type { Exercise } from '@/lib/grader';
import addNamedProfile from './add-named-profile';
import configureDefaultProfile from './configure-default-profile';
import deactivateLeakedKey from './deactivate-leaked-key';
import environmentVariablesWin from './environment-variables-win';
import keyForANewUser from './key-for-a-new-user';
import lockDownCredentials from './lock-down-credentials';
import permissionsThroughAGroup from './permissions-through-a-group';
import rotateAccessKey from './rotate-access-key';
import sourcingIsNotExporting from './sourcing-is-not-exporting';
import tagANewUser from './tag-a-new-user';
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
  tagANewUser,
  keyForANewUser,
  rotateAccessKey,
  deactivateLeakedKey,
  permissionsThroughAGroup,
];

/** The exercise with this id, or undefined. */
export function getExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
