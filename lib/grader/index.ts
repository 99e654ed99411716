// The grader API: define exercises, reusable checks, grade a sandbox snapshot.
export type {
  Check,
  CheckOutcome,
  CheckReport,
  Exercise,
  GradeReport,
  GradeState,
  WrongAttempt,
  Alternative,
} from './types';
export { defineExercise, exerciseSchema, ExerciseDefinitionError } from './exercise-schema';
export { gradeSnapshot, formatReport } from './grade';
export { createGradeState } from './state';
export type { EffectiveConfig, EffectiveConfigQuery, ConfigSource, ConfigValue } from './effective-config';
export { identityOf } from './effective-config';
export {
  awsWords,
  awsOption,
  awsParameter,
  isAws,
  programOf,
  awsCallOf,
  type AwsCallView,
  type AwsWords,
} from './records';
export { fileExists } from './checks/file-exists';
export { fileMode } from './checks/file-mode';
export { fileContains, fileNotContains } from './checks/file-contains';
export { iniSection, iniValue } from './checks/ini';
export { exportedVariable, variableUnset } from './checks/exported-variable';
export { effectiveConfig } from './checks/effective-config';
export { ranCommand, type AwsExpectation } from './checks/ran-command';
export { scriptRunsAs } from './checks/script-runs-as';
export { terraformAttribute } from './checks/terraform-attribute';
export { policyBehaviour, type PolicyBehaviourOptions } from './checks/policy-behaviour';
export { sampleUserKey, example1Key, defaultAccount } from './issued-keys';
export {
  credentialsFileText,
  configFileText,
  configuredDefaultProfileFiles,
  accountWithBuckets,
  type SetupBucket,
  adminProfileFiles,
} from './setup-files';
export { formatExerciseList, findExercise, exerciseReportJson, type ExerciseReportJson } from './headless';
export { createCheckCommand } from './check-command';
export { solutionSteps, nextSolutionStep, type SolutionStep } from './solution-steps';
export { iamUser } from './checks/iam-user';
export { accessKeyState } from './checks/access-key-state';
export { s3Object } from './checks/s3-object';
export { roleAssumable } from './checks/role-assumable';
export { ranAsRole } from './checks/ran-as-role';
export { rolePermissions } from './checks/role-permissions';
export { roleTrustScope } from './checks/role-trust-scope';
export { userBehaviour, type UserBehaviourOptions } from './checks/user-behaviour';
export { iamUserTags } from './checks/iam-user-tags';
export { noDirectPolicies } from './checks/no-direct-policies';
export { keyRotation } from './checks/key-rotation';
export { accountWithUsers, type ExtraUser } from './setup-account';
export { s3Keys } from './checks/s3-keys';
export { s3Bucket } from './checks/s3-bucket';
export { s3Access } from './checks/s3-access';
export { userPermissions, type UserPermissionsOptions } from './checks/user-permissions';
