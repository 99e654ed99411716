// Scenarios: `aws configure import --csv file://...` with the IAM console's CSV formats.
import { KEY1, KEY2, SECRET1, SECRET2, homeWithDefault, type ScenarioArea } from './types';

const consoleCsv =
  'User name,Password,Access key ID,Secret access key,Console login link\n' +
  `sample_user,,${KEY1},${SECRET1},https://123456789012.signin.aws.amazon.com/console\n`;
const keysCsv = `Access key ID,Secret access key\n${KEY1},${SECRET1}\n`;
const imp = (...args: string[]) => ({ args: ['configure', 'import', ...args] });

export const configureImportArea: ScenarioArea = {
  area: 'configure-import',
  scenarios: [
    {
      name: 'console-csv',
      description: 'The console CSV with a User name column creates a profile named after the user.',
      files: { 'sample_user_credentials.csv': { content: consoleCsv } },
      steps: [imp('--csv', 'file://sample_user_credentials.csv')],
    },
    {
      name: 'keys-only-csv',
      description: 'The "Access key ID,Secret access key" CSV has no user name.',
      files: { 'keys.csv': { content: keysCsv } },
      steps: [imp('--csv', 'file://keys.csv')],
    },
    {
      name: 'absolute-path',
      description: 'file:// with an absolute path.',
      files: { 'Downloads/u.csv': { content: consoleCsv } },
      steps: [imp('--csv', 'file:///home/learner/Downloads/u.csv')],
    },
    {
      name: 'missing-file',
      description: 'A CSV that does not exist.',
      steps: [imp('--csv', 'file://nope.csv')],
    },
    {
      name: 'no-file-prefix',
      description: 'The path without file:// is taken as CSV text.',
      files: { 'u.csv': { content: consoleCsv } },
      steps: [imp('--csv', 'u.csv')],
    },
    {
      name: 'bad-header',
      description: 'A CSV without the expected columns.',
      files: { 'bad.csv': { content: `Key,Secret\n${KEY1},${SECRET1}\n` } },
      steps: [imp('--csv', 'file://bad.csv')],
    },
    {
      name: 'empty-file',
      description: 'An empty CSV file.',
      files: { 'empty.csv': { content: '' } },
      steps: [imp('--csv', 'file://empty.csv')],
    },
    {
      name: 'profile-prefix',
      description: '`--profile-prefix dev-` is prepended to the user name.',
      files: { 'u.csv': { content: consoleCsv } },
      steps: [imp('--csv', 'file://u.csv', '--profile-prefix', 'dev-')],
    },
    {
      name: 'existing-profile-updated',
      description: 'Importing over an existing profile of the same name.',
      files: {
        ...homeWithDefault,
        '.aws/credentials': {
          content: `[default]\naws_access_key_id = ${KEY1}\naws_secret_access_key = ${SECRET1}\n[sample_user]\naws_access_key_id = ${KEY2}\naws_secret_access_key = ${SECRET2}\n`,
          mode: 0o600,
        },
        'u.csv': { content: consoleCsv },
      },
      steps: [imp('--csv', 'file://u.csv')],
    },
    {
      name: 'two-users',
      description: 'Two rows create two profiles.',
      files: {
        'u.csv': {
          content:
            'User name,Password,Access key ID,Secret access key,Console login link\n' +
            `sample_user,,${KEY1},${SECRET1},https://123456789012.signin.aws.amazon.com/console\n` +
            `example_1,,${KEY2},${SECRET2},https://123456789012.signin.aws.amazon.com/console\n`,
        },
      },
      steps: [imp('--csv', 'file://u.csv')],
    },
    {
      name: 'invalid-row',
      description: 'A row with an empty key stops the import.',
      files: {
        'u.csv': {
          content:
            'User name,Password,Access key ID,Secret access key,Console login link\n' +
            `broken,,,${SECRET2},x\n` +
            `sample_user,,${KEY1},${SECRET1},x\n`,
        },
      },
      steps: [imp('--csv', 'file://u.csv')],
    },
    {
      name: 'skip-invalid',
      description: '`--skip-invalid` imports the valid rows.',
      files: {
        'u.csv': {
          content:
            'User name,Password,Access key ID,Secret access key,Console login link\n' +
            `broken,,,${SECRET2},x\n` +
            `sample_user,,${KEY1},${SECRET1},x\n`,
        },
      },
      steps: [imp('--csv', 'file://u.csv', '--skip-invalid')],
    },
    {
      name: 'missing-csv-option',
      description: '`aws configure import` without --csv.',
      steps: [imp()],
    },
    {
      name: 'crlf-and-bom',
      description: 'A CSV saved with a BOM and CRLF line ends (as some spreadsheets do).',
      files: { 'u.csv': { content: '\ufeff' + consoleCsv.replace(/\n/g, '\r\n') } },
      steps: [imp('--csv', 'file://u.csv')],
    },
  ],
};
