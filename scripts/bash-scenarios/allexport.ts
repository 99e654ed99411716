// Scenarios: set -a / set -o allexport, and exports that do not leak out of pipelines and subshells.
import type { BashScenario } from './types';

const scenario = (
  name: string,
  description: string,
  script: string,
  files?: BashScenario['files'],
): BashScenario => ({
  name: `allexport-${name}`,
  description,
  script,
  ...(files ? { files } : {}),
});

export const allexportScenarios: BashScenario[] = [
  scenario(
    'set-a-next-line',
    'After set -a, a later assignment is exported.',
    'set -a\nA=1\nenv | grep ^A=\n',
  ),
  scenario('set-o-allexport', 'set -o allexport does the same.', 'set -o allexport\nB=2\nenv | grep ^B=\n'),
  scenario(
    'set-plus-a',
    'After set +a assignments are no longer exported; earlier ones stay.',
    'set -a\nA=1\nset +a\nB=2\nenv | grep -E "^(A|B)="\n',
  ),
  scenario(
    'source-with-allexport',
    'set -a; source FILE; set +a exports what the file sets.',
    'set -a\nsource vars.env\nset +a\nenv | grep ^APP_\n',
    {
      'vars.env': { content: 'APP_NAME=demo\nAPP_PORT=8080\n' },
    },
  ),
  scenario(
    'shellopts',
    'set -o shows allexport on.',
    'set -a\nset -o | grep allexport\nset +a\nset -o | grep allexport\n',
  ),
  scenario(
    'child-sees',
    'A child shell sees a variable assigned under set -a.',
    "set -a\nP=visible\nbash -c 'echo child: $P'\n",
  ),
  scenario(
    'export-pipeline-no-leak',
    'export inside a pipeline does not reach the shell.',
    'export X=1 | cat\nenv | grep -c ^X=\necho "[$X]"\n',
  ),
  scenario(
    'export-subshell-no-leak',
    'export inside ( ) does not reach the shell.',
    '( export Y=1 )\nenv | grep -c ^Y=\n',
  ),
  scenario(
    'export-cmdsubst-no-leak',
    'export inside $( ) does not reach the shell.',
    'v=$(export Z=1; echo done)\necho $v\nenv | grep -c ^Z=\n',
  ),
  scenario(
    'export-if-false',
    'An export in a branch that does not run exports nothing.',
    'if false; then export W=1; fi\nenv | grep -c ^W=\n',
  ),
  scenario(
    'export-function',
    'An export inside a function reaches the shell.',
    'f() { export FN=1; }\nf\nenv | grep ^FN=\n',
  ),
  scenario(
    'export-brace-group',
    'export in a { } group reaches the shell.',
    '{ export G=1; }\nenv | grep ^G=\n',
  ),
  scenario(
    'var-from-variable',
    'export AWS_PROFILE=$p exports the value.',
    'p=example_1\nexport AWS_PROFILE=$p\nenv | grep ^AWS_PROFILE=\n',
  ),
  scenario(
    'set-a-off',
    'set +a stops exporting new assignments.',
    'set -a\nA1=1\nset +a\nA2=2\nenv | grep ^A[12]=\n',
  ),
  scenario(
    'export-n',
    'export -n keeps the value but not the export.',
    'export EN=1\nexport -n EN\nenv | grep -c ^EN=\necho "$EN"\n',
  ),
  scenario(
    'prefix-assignment',
    'A prefix assignment reaches the command only.',
    'PX=1 env | grep ^PX=\necho "[$PX]"\n',
  ),
];
