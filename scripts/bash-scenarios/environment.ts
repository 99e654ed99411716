// Scenarios: shell variables vs exported variables, env, unset, source.
import { AWS_CREDENTIALS, type BashScenario } from './types';

const awsFiles = {
  '.aws': { type: 'directory' as const, mode: 0o755 },
  '.aws/credentials': { content: AWS_CREDENTIALS, mode: 0o600 },
};

export const environmentScenarios: BashScenario[] = [
  {
    name: 'unexported-invisible-to-env',
    description: 'X=1 is a shell variable: env does not list it, echo sees it.',
    script: 'X=1\nenv | grep ^X=\necho "grep status $?"\necho "X is $X"\n',
  },
  {
    name: 'export-later-line',
    description: 'export X on a later line makes the existing value visible to env.',
    script: 'X=1\nexport X\nenv | grep ^X=\n',
  },
  {
    name: 'export-with-value',
    description: 'export X=2 sets and exports at once.',
    script: "export X=2\nenv | grep ^X=\nbash -c 'echo child sees $X'\n",
  },
  {
    name: 'child-sees-only-exported',
    description: 'A child program sees exported variables only.',
    script: 'A=shell\nexport B=exported\nbash -c \'echo "A=[$A] B=[$B]"\'\n',
  },
  {
    name: 'prefix-assignment',
    description: 'X=1 cmd passes X to cmd only, and not to the shell.',
    script: 'X=1 bash -c \'echo child $X\'\necho "shell [$X]"\nX=2 env | grep ^X=\n',
  },
  {
    name: 'same-line-assignment-not-in-env',
    description: 'X=1; env | grep ^X= on one line prints nothing.',
    script: 'X=1; env | grep ^X=; echo "status $?"\n',
  },
  {
    name: 'unset-variable',
    description: 'unset removes a variable and its export.',
    script: 'export X=1\nunset X\nenv | grep ^X=\necho "[$X] $?"\n',
  },
  {
    name: 'export-n-and-export-p',
    description: 'export -n removes the export attribute; declare -p shows attributes.',
    script: 'export X=1\nY=2\ndeclare -p X Y\nexport -n X\ndeclare -p X\nenv | grep -c ^X=\n',
  },
  {
    name: 'env-aws-variables',
    description: 'Exported AWS variables show in env | grep AWS, sorted by sort.',
    script:
      'export AWS_PROFILE=dev\nexport AWS_DEFAULT_REGION=eu-west-1\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nenv | grep AWS | sort\n',
  },
  {
    name: 'export-invalid-name',
    description: 'export with an invalid identifier.',
    script: 'export 1X=2\necho $?\nexport AWS-PROFILE=dev\n',
  },
  {
    name: 'assignment-with-spaces',
    description: 'X = 1 runs a command named X.',
    script: 'X = 1\necho $?\n',
  },
  {
    name: 'source-key-value-file',
    description: 'source of key=value lines sets shell variables that env does not see.',
    files: {
      'aws.env': {
        content:
          'aws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
      },
    },
    script: 'source ~/aws.env\necho $aws_access_key_id\nenv | grep -i aws\necho "env status $?"\n',
  },
  {
    name: 'source-export-file',
    description: 'source of a file with export lines exports the variables.',
    files: {
      'aws.env': {
        content:
          'export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
      },
    },
    script: '. ~/aws.env\nenv | grep ^AWS_ | sort\n',
  },
  {
    name: 'source-aws-credentials-file',
    description: 'source ~/.aws/credentials as written by aws configure: errors name the file and line.',
    files: awsFiles,
    script: 'source ~/.aws/credentials\necho "status $?"\necho "[$aws_access_key_id]"\nenv | grep -i aws\n',
  },
  {
    name: 'source-missing-file',
    description: 'source of a file that does not exist.',
    script: 'source ~/nope.env\necho $?\n. ./nope\n',
  },
  {
    name: 'source-relative-without-slash',
    description: 'source name without a slash looks in PATH then the current directory.',
    files: { 'vars.sh': { content: 'V=from-file\n' } },
    script: 'source vars.sh\necho $V\n',
  },
  {
    name: 'source-cd-persists',
    description: 'A sourced file runs in the current shell: its cd and variables persist.',
    files: { 'go.sh': { content: 'mkdir -p ~/work\ncd ~/work\nW=set\n' } },
    script: 'source go.sh\npwd\necho $W\n',
  },
  {
    name: 'bash-script-does-not-persist',
    description: 'bash file.sh runs in a child: its variables and cd do not persist.',
    files: { 'go.sh': { content: 'mkdir -p ~/work\ncd ~/work\nexport W=set\n' } },
    script: 'bash go.sh\npwd\necho "[$W]"\n',
  },
  {
    name: 'printenv-and-dollar-home',
    description: 'printenv of one variable; HOME and USER values.',
    script: 'printenv HOME\nprintenv NOPE\necho $?\necho $USER\n',
  },
  {
    name: 'unset-aws-profile-default',
    description: 'After unset AWS_PROFILE, ${AWS_PROFILE:-default} falls back.',
    script:
      'export AWS_PROFILE=dev\necho ${AWS_PROFILE:-default}\nunset AWS_PROFILE\necho ${AWS_PROFILE:-default}\nenv | grep -c AWS_PROFILE\n',
  },
];
