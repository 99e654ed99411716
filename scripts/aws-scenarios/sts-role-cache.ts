// Scenarios: the CLI's assume-role cache (~/.aws/cli/cache/<sha1 of the AssumeRole arguments>.json). With the
// network closed, `configure export-credentials` of a role profile prints a cached entry only when its file name
// is the one botocore derives; a damaged entry ends the command with botocore's Python error (exit 255).
import { CREDS_DEFAULT, type ScenarioArea, type SetupEntry } from './types';

const ROLE = 'arn:aws:iam::123456789012:role/Auditor';
const entry = (key: string, content: string): Record<string, SetupEntry> => ({
  '.aws/cli': { type: 'directory', mode: 0o755 },
  '.aws/cli/cache': { type: 'directory', mode: 0o755 },
  [`.aws/cli/cache/${key}.json`]: { content, mode: 0o600 },
});
const cached = (id: string, expiration = '2099-01-01T00:00:00UTC') =>
  `{"Credentials": {"AccessKeyId": "${id}", "SecretAccessKey": "cachedSecretEXAMPLEKEY", "SessionToken": "cachedTokenEXAMPLE", "Expiration": "${expiration}"}}`;
const home = (config: string, cache: Record<string, SetupEntry>): Record<string, SetupEntry> => ({
  '.aws': { type: 'directory', mode: 0o755 },
  '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
  '.aws/config': { content: config, mode: 0o600 },
  ...cache,
});
const AUDITOR = `[profile auditor]\nrole_arn = ${ROLE}\nsource_profile = default\n`;
const TUNED = `${AUDITOR}role_session_name = audit\nduration_seconds = 900\n`;
const EXTERNAL = `${AUDITOR}external_id = ex-1\n`;
/** sha1 of json.dumps(sort_keys=True) of {RoleArn}, {+RoleSessionName, DurationSeconds}, {+ExternalId}. */
const KEY = 'ff4e374ca4c8d786fbbcf6100d9a203c8042f421';
const KEY_TUNED = 'eec0360055d46f3970f58479fff351a20f80ab83';
const KEY_EXTERNAL = 'ab2f8cacab0102211c92e9678d902c00a8db9686';
const exportCredentials = (format?: string) => ({
  args: ['configure', 'export-credentials', '--profile', 'auditor', ...(format ? ['--format', format] : [])],
});

export const stsRoleCacheArea: ScenarioArea = {
  area: 'sts-role-cache',
  scenarios: [
    {
      name: 'cached-entry',
      description:
        'A valid entry under the sha1 of {"RoleArn": …} is used as is: no AssumeRole, nothing written.',
      files: home(AUDITOR, entry(KEY, cached('ASIAEXAMPLECACHED001'))),
      steps: [exportCredentials(), exportCredentials('env')],
    },
    {
      name: 'cached-entry-session-name-duration',
      description:
        'role_session_name and duration_seconds are part of the key (RoleSessionName, DurationSeconds).',
      files: home(TUNED, { ...entry(KEY_TUNED, cached('ASIAEXAMPLECACHED002')) }),
      steps: [exportCredentials('env')],
    },
    {
      name: 'cached-entry-external-id',
      description: 'external_id is part of the key (ExternalId).',
      files: home(EXTERNAL, entry(KEY_EXTERNAL, cached('ASIAEXAMPLECACHED003'))),
      steps: [exportCredentials('env')],
    },
    {
      name: 'corrupt-entry',
      description:
        'An entry that is not JSON: KeyError(cache key) ends the command (exit 255), the file is kept.',
      files: home(AUDITOR, entry(KEY, 'not json')),
      steps: [exportCredentials()],
    },
    {
      name: 'entry-without-credentials',
      description: "An entry without Credentials: KeyError('Credentials') (exit 255).",
      files: home(AUDITOR, entry(KEY, '{"Foo": 1}')),
      steps: [exportCredentials()],
    },
    {
      name: 'entry-with-bad-expiration',
      description: 'An Expiration dateutil cannot read: its ParserError text (exit 255).',
      files: home(AUDITOR, entry(KEY, cached('ASIAEXAMPLECACHED001', 'soon'))),
      steps: [exportCredentials()],
    },
  ],
};
