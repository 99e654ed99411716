// Scenarios: `aws configure export-credentials`.
import { envKey2, homeWithDefault, homeWithTwo, type ScenarioArea } from './types';

const exp = (...args: string[]) => ({ args: ['configure', 'export-credentials', ...args] });

export const configureExportArea: ScenarioArea = {
  area: 'configure-export',
  scenarios: [
    {
      name: 'default-format-file-creds',
      description: 'Default format is process (JSON).',
      files: homeWithDefault,
      steps: [exp()],
    },
    {
      name: 'all-formats-file-creds',
      description: 'Every --format with file credentials.',
      files: homeWithDefault,
      steps: ['process', 'env', 'env-no-export', 'powershell', 'windows-cmd'].map((f) => exp('--format', f)),
    },
    {
      name: 'all-formats-env-creds-with-token',
      description: 'Every --format with env credentials and a session token.',
      env: { ...envKey2, AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLETOKEN' },
      steps: ['process', 'env', 'env-no-export', 'powershell', 'windows-cmd'].map((f) => exp('--format', f)),
    },
    { name: 'no-credentials', description: 'Nothing configured.', steps: [exp(), exp('--format', 'env')] },
    {
      name: 'bad-format',
      description: 'An unknown --format value.',
      files: homeWithDefault,
      steps: [exp('--format', 'yaml')],
    },
    {
      name: 'named-profile',
      description: '`--profile example` exports that profile.',
      files: homeWithTwo,
      steps: [exp('--profile', 'example', '--format', 'env')],
    },
    {
      name: 'missing-profile',
      description: '`--profile nope`.',
      files: homeWithTwo,
      steps: [exp('--profile', 'nope')],
    },
  ],
};
