// Scenarios: malformed ~/.aws files, read by configure list/get and by a request.
import { CREDS_DEFAULT, KEY1, KEY2, SECRET1, SECRET2, type ScenarioArea, type SetupEntry } from './types';

const creds = (content: string): Record<string, SetupEntry> => ({
  '.aws/credentials': { content, mode: 0o600 },
  '.aws/config': { content: '[default]\nregion = us-east-1\n', mode: 0o600 },
});
const config = (content: string): Record<string, SetupEntry> => ({
  '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
  '.aws/config': { content, mode: 0o600 },
});
const probe = [
  { args: ['configure', 'list'] },
  { args: ['configure', 'get', 'aws_access_key_id'] },
  { args: ['configure', 'list-profiles'] },
];
const probeAndCall = [...probe, { args: ['sts', 'get-caller-identity'] }];

export const malformedArea: ScenarioArea = {
  area: 'malformed',
  scenarios: [
    {
      name: 'creds-line-without-equals',
      description: 'A credentials line without `=`.',
      files: creds(`[default]\naws_access_key_id ${KEY1}\naws_secret_access_key = ${SECRET1}\n`),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-key-before-section',
      description: 'A key before any section header.',
      files: creds(`aws_access_key_id = ${KEY1}\n[default]\naws_secret_access_key = ${SECRET1}\n`),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-duplicate-sections',
      description: 'The same section twice: which values win?',
      files: creds(
        `[default]\naws_access_key_id = ${KEY1}\naws_secret_access_key = ${SECRET1}\n[default]\naws_access_key_id = ${KEY2}\naws_secret_access_key = ${SECRET2}\n`,
      ),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-duplicate-keys',
      description: 'The same key twice in one section.',
      files: creds(
        `[default]\naws_access_key_id = ${KEY1}\naws_access_key_id = ${KEY2}\naws_secret_access_key = ${SECRET2}\n`,
      ),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-unterminated-section',
      description: 'A section header without its closing bracket.',
      files: creds(`[default\naws_access_key_id = ${KEY1}\naws_secret_access_key = ${SECRET1}\n`),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-binary-junk',
      description: 'Control characters and NUL bytes in the credentials file.',
      files: creds('\u0000\u0001\u0002junk\u00ff\u0007\n[default\u0000]\n\u001b[31m'),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-empty-file',
      description: 'An empty credentials file.',
      files: creds(''),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-directory',
      description: 'A directory where the credentials file should be.',
      files: {
        '.aws/credentials': { type: 'directory', mode: 0o755 },
        '.aws/config': { content: '[default]\nregion = us-east-1\n', mode: 0o600 },
      },
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-shell-style',
      description: 'A credentials file written as shell exports (a common mistake).',
      files: creds(`export AWS_ACCESS_KEY_ID=${KEY1}\nexport AWS_SECRET_ACCESS_KEY=${SECRET1}\n`),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-uppercase-keys',
      description: 'AWS_ACCESS_KEY_ID = ... inside [default] (upper-case names).',
      files: creds(`[default]\nAWS_ACCESS_KEY_ID = ${KEY1}\nAWS_SECRET_ACCESS_KEY = ${SECRET1}\n`),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-indented-lines',
      description: "Indented key lines (continuation lines in the CLI's parser).",
      files: creds(`[default]\n  aws_access_key_id = ${KEY1}\n  aws_secret_access_key = ${SECRET1}\n`),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-inline-comment',
      description: 'A `#` comment after a value on the same line.',
      files: creds(
        `[default]\naws_access_key_id = ${KEY1} # sample_user\naws_secret_access_key = ${SECRET1}\n`,
      ),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'creds-crlf',
      description: 'A credentials file with Windows line ends.',
      files: creds(`[default]\r\naws_access_key_id = ${KEY1}\r\naws_secret_access_key = ${SECRET1}\r\n`),
      stub: true,
      steps: probeAndCall,
    },
    {
      name: 'config-line-without-equals',
      description: 'A config line without `=`.',
      files: config('[default]\nregion us-east-1\n'),
      steps: probe,
    },
    {
      name: 'config-key-before-section',
      description: 'A config key before any section.',
      files: config('region = us-east-1\n[default]\noutput = json\n'),
      steps: probe,
    },
    {
      name: 'config-unterminated-section',
      description: 'An unterminated section header in config.',
      files: config('[profile dev\nregion = us-east-1\n'),
      steps: probe,
    },
    {
      name: 'config-directory',
      description: 'A directory where the config file should be.',
      files: {
        '.aws/credentials': { content: CREDS_DEFAULT, mode: 0o600 },
        '.aws/config': { type: 'directory', mode: 0o755 },
      },
      steps: probe,
    },
    {
      name: 'config-empty-file',
      description: 'An empty config file.',
      files: config(''),
      steps: probe,
    },
    {
      name: 'configure-over-malformed-creds',
      description: 'Running `aws configure` when the credentials file is malformed.',
      files: creds(`aws_access_key_id = ${KEY2}\n[default]\n`),
      steps: [{ args: ['configure'], stdin: `${KEY1}\n${SECRET1}\n\n\n` }],
    },
    {
      name: 'set-over-unterminated-section',
      description: '`aws configure set` when config has an unterminated header.',
      files: config('[profile dev\nregion = us-east-1\n'),
      steps: [{ args: ['configure', 'set', 'region', 'eu-west-1'] }],
    },
  ],
};
