// The exercise registry: one import per exercise; the key must equal the exercise id (= its file name).
import type { Exercise } from '@/lib/grader';
import addNamedProfile from './add-named-profile';
import configureDefaultProfile from './configure-default-profile';
import createCameraUser from './create-camera-user';
import environmentVariablesWin from './environment-variables-win';
import lockDownCredentials from './lock-down-credentials';
import sourcingIsNotExporting from './sourcing-is-not-exporting';
import terraformProfile from './terraform-profile';
import useAProfile from './use-a-profile';

/** Every exercise, in the order the lesson introduces them. */
export const exercises: readonly Exercise[] = [
  createCameraUser,
  configureDefaultProfile,
  addNamedProfile,
  useAProfile,
  environmentVariablesWin,
  sourcingIsNotExporting,
  lockDownCredentials,
  terraformProfile,
];

/** The exercise with this id, or undefined. */
export function getExercise(id: string): Exercise | undefined {
  return exercises.find((exercise) => exercise.id === id);
}
