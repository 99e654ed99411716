// Scenarios: `aws configure list-profiles`.
import { KEY1, SECRET1, homeWithTwo, type ScenarioArea } from './types';

const lp = [{ args: ['configure', 'list-profiles'] }];
const cred = (name: string) => `[${name}]\naws_access_key_id = ${KEY1}\naws_secret_access_key = ${SECRET1}\n`;

export const configureListProfilesArea: ScenarioArea = {
  area: 'configure-list-profiles',
  scenarios: [
    { name: 'fresh-home', description: 'No files: prints nothing, exit 0.', steps: lp },
    {
      name: 'two-profiles',
      description: 'default and example from both files.',
      files: homeWithTwo,
      steps: lp,
    },
    {
      name: 'union-and-order',
      description: 'Profiles from config come first, then credentials-only ones, no duplicates.',
      files: {
        '.aws/config': {
          content: '[profile zeta]\nregion = us-east-1\n[default]\n[profile alpha]\n',
          mode: 0o600,
        },
        '.aws/credentials': {
          content: cred('beta') + cred('alpha') + cred('default') + cred('gamma'),
          mode: 0o600,
        },
      },
      steps: lp,
    },
    {
      name: 'prefix-in-credentials',
      description: '`[profile x]` inside the credentials file is a profile literally named "profile x".',
      files: { '.aws/credentials': { content: cred('profile x') + cred('y'), mode: 0o600 } },
      steps: lp,
    },
    {
      name: 'no-prefix-in-config',
      description: '`[x]` without prefix in config is not listed as profile x.',
      files: {
        '.aws/config': { content: '[x]\nregion = us-east-1\n[profile y]\nregion = us-east-1\n', mode: 0o600 },
      },
      steps: lp,
    },
    {
      name: 'duplicate-sections',
      description: 'A section repeated in the same file is listed once.',
      files: { '.aws/credentials': { content: cred('dup') + cred('dup'), mode: 0o600 } },
      steps: lp,
    },
    {
      name: 'env-profile-missing',
      description: 'AWS_PROFILE naming a missing profile does not break list-profiles.',
      files: homeWithTwo,
      env: { AWS_PROFILE: 'nope' },
      steps: lp,
    },
    {
      name: 'profile-option-missing',
      description: '`--profile nope` with list-profiles.',
      files: homeWithTwo,
      steps: [{ args: ['configure', 'list-profiles', '--profile', 'nope'] }],
    },
  ],
};
