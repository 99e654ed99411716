// Scenarios: `aws sts assume-role` against the stub's STS Query API (trust policy evaluated).
import { homeWithDefault, type ScenarioArea } from './types';

const TRUST =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}';
const NOBODY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}';
const ROLE = 'arn:aws:iam::123456789012:role/Auditor';
const setup = (trust: string) => ({
  files: { ...homeWithDefault, 'trust.json': { content: trust } },
  stub: true,
  stubGlobalRegion: true,
});
const createRole = {
  args: [
    'iam',
    'create-role',
    '--role-name',
    'Auditor',
    '--assume-role-policy-document',
    'file://trust.json',
    '--query',
    'Role.Arn',
  ],
};

export const stsAssumeRoleArea: ScenarioArea = {
  area: 'sts-assume-role',
  scenarios: [
    {
      name: 'missing-session-name',
      description: 'assume-role without --role-session-name: argparse error before credentials (exit 252).',
      steps: [{ args: ['sts', 'assume-role', '--role-arn', ROLE] }],
    },
    {
      name: 'short-session-name',
      description: 'A one-character session name fails parameter validation before credentials (exit 252).',
      steps: [{ args: ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 's'] }],
    },
    {
      name: 'bad-duration',
      description: '--duration-seconds that is not a number: the int() error (exit 255).',
      steps: [
        {
          args: [
            'sts',
            'assume-role',
            '--role-arn',
            ROLE,
            '--role-session-name',
            'ss',
            '--duration-seconds',
            'x',
          ],
        },
      ],
    },
    {
      name: 'assume-role',
      description:
        'A role trusting the account: the assumed-role user and the session expiry in 900 s, as text.',
      ...setup(TRUST),
      steps: [
        createRole,
        {
          args: [
            'sts',
            'assume-role',
            '--role-arn',
            ROLE,
            '--role-session-name',
            'audit',
            '--duration-seconds',
            '900',
            '--query',
            '[AssumedRoleUser.Arn,Credentials.Expiration]',
            '--output',
            'text',
          ],
        },
      ],
    },
    {
      name: 'assume-role-denied',
      description: 'A role that trusts another account: AccessDenied (exit 254).',
      ...setup(NOBODY),
      steps: [
        createRole,
        { args: ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'audit'] },
      ],
    },
    {
      name: 'assume-missing-role',
      description: 'A role that does not exist: AccessDenied like any refused AssumeRole (exit 254).',
      ...setup(TRUST),
      steps: [{ args: ['sts', 'assume-role', '--role-arn', ROLE, '--role-session-name', 'audit'] }],
    },
  ],
};
