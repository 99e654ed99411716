// Public entry point of the simulated AWS CLI v2: `runAws` and the pure helpers graders reuse.
export { runAws } from './run-aws';
export { AWS_CLI_VERSION } from './cli/main';
export { resolveConfiguration } from './resolve-configuration';
export type {
  ResolveConfigurationOptions,
  ResolvedConfiguration,
  ResolvedValue,
  ConfigurationSource,
} from './resolve-configuration';
export { Session } from './config/session';
export type { Sourced, ValueSource, SessionOptions } from './config/session';
export { resolveCredentials } from './config/resolve-credentials';
export type { ResolvedCredentials, CredentialMethod } from './config/resolve-credentials';
export { updateConfigFile } from './config/config-writer';
export { parseSharedFile } from './config/parse-shared-file';
export type {
  SharedFileParseResult,
  SharedFileParseError,
  SharedFileSection,
  SharedFileValue,
} from './config/parse-shared-file';
export { AWS_REGIONS, CREDENTIAL_KEYS, KNOWN_CONFIG_KEYS } from './config/known-names';
export { isIssuedKey, checkKeys, authenticate } from './account';
export type { Principal, Authentication } from './account';
export { normalizeAccount, validateAccount } from './account-state';
export { assumeRoleDecision } from './role-trust';
export { identityPolicies, attachedPolicyArns } from './authorization';
export type { CallExplanation, CredentialChainStep, AuthorizationStep } from './explanation';
export type { AuthorizationRequest, Decision, PolicySource } from './authorization';
export { defaultAccount } from './default-account';
export type * from './types';
export { readSharedFile } from './config/read-shared-file';
export type { SharedFileLine, SharedFileReading } from './config/read-shared-file';
export { profileNameOfHeader, profileNames } from './config/profile-map';
