// Scenarios: source and . — variables, exports, functions and errors from a sourced file.
import { AWS_CREDENTIALS, type BashScenario } from './types';

const scenario = (
  name: string,
  description: string,
  script: string,
  files?: BashScenario['files'],
): BashScenario => ({
  name: `sourcing-${name}`,
  description,
  script,
  ...(files ? { files } : {}),
});

const lib = { 'lib.sh': { content: 'greet() { echo "hello $1"; }\nLIBVAR=1\nexport LIBEXP=2\n' } };

export const sourcingScenarios: BashScenario[] = [
  scenario(
    'function-next-line',
    'A function defined in a sourced file is callable later.',
    'source lib.sh\ngreet you\n',
    lib,
  ),
  scenario('dot-function', '. works like source.', '. ./lib.sh\ngreet dot\n', lib),
  scenario(
    'vars-and-exports',
    'A sourced file sets plain and exported variables.',
    'source lib.sh\necho "$LIBVAR $LIBEXP"\nenv | grep ^LIB\n',
    lib,
  ),
  scenario('missing-file', 'Sourcing a missing file names it.', 'source nothere.sh\necho "status $?"\n'),
  scenario(
    'credentials-errors',
    'Sourcing the INI credentials file runs its lines as commands (interactive bash: bash: prefix).',
    'source ~/.aws/credentials\necho "status $?"\n',
    {
      '.aws': { type: 'directory', mode: 0o755 },
      '.aws/credentials': { content: AWS_CREDENTIALS, mode: 0o600 },
    },
  ),
  scenario(
    'credentials-from-script',
    'A script that sources the credentials file: errors name the file and line.',
    'bash run.sh\necho "status $?"\n',
    {
      '.aws': { type: 'directory', mode: 0o755 },
      '.aws/credentials': { content: AWS_CREDENTIALS, mode: 0o600 },
      'run.sh': { content: 'source ~/.aws/credentials\n' },
    },
  ),
  scenario(
    'script-errors-prefix',
    'bash script.sh prefixes its errors with the script name and line.',
    'bash s.sh\n',
    {
      's.sh': { content: 'echo start\ncd /nowhere\nnosuchcmd\n' },
    },
  ),
  scenario(
    'return-status',
    'return in a sourced file ends it with that status.',
    'source r.sh\necho "status $? after=$AFTER"\n',
    {
      'r.sh': { content: 'BEFORE=1\nreturn 3\nAFTER=1\n' },
    },
  ),
  scenario('positional-args', 'source FILE ARGS sets $1 inside the file.', 'source args.sh one two\n', {
    'args.sh': { content: 'echo "$# $1 $2"\n' },
  }),
  scenario('nested', 'A sourced file sources another.', 'source outer.sh\necho "$IN $OUT"\n', {
    'outer.sh': { content: 'OUT=outer\nsource inner.sh\n' },
    'inner.sh': { content: 'IN=inner\n' },
  }),
  scenario(
    'exports-not-in-subshell',
    'Sourcing in a subshell changes nothing outside.',
    '( source lib.sh )\necho "[$LIBVAR]"\ngreet x\necho "status $?"\n',
    lib,
  ),
  scenario(
    'source-then-export',
    'Variables a sourced file sets are exported only by a later export.',
    'source v.sh\nenv | grep -c ^KEY=\nexport KEY\nenv | grep ^KEY=\n',
    {
      'v.sh': { content: 'KEY=value\n' },
    },
  ),
  scenario(
    'cd-in-sourced',
    'A cd inside a sourced file moves the shell.',
    'mkdir -p sub\nsource c.sh\npwd | sed "s|$HOME|~|"\n',
    {
      'c.sh': { content: 'cd sub\n' },
    },
  ),
  scenario(
    'bashrc-alias',
    'Aliases and functions from a sourced ~/.bashrc are available later.',
    'source ~/.bashrc\nll_count\nhey\n',
    {
      '.bashrc': { content: "alias hey='echo hey there'\nll_count() { echo counted; }\n" },
    },
  ),
  scenario(
    'source-args',
    'source passes arguments as $1.',
    'printf \'echo "arg=$1"\\n\' > s.sh\nsource s.sh hello\n',
  ),
  scenario(
    'source-return',
    'return in a sourced file stops it.',
    'printf \'echo one\\nreturn 4\\necho two\\n\' > r.sh\nsource r.sh\necho "status $?"\n',
  ),
  scenario(
    'syntax-end-of-file',
    'An if without fi: the lines before it run, then bash reports the end of the file.',
    'source unfinished.sh\necho "status $?"\n',
    { 'unfinished.sh': { content: 'echo one\nif true; then\n  echo two\n' } },
  ),
  scenario(
    'syntax-stray-done',
    'A stray done: variables set before it stay, nothing after it runs.',
    'source loop.sh\necho "status $? $NAME"\n',
    { 'loop.sh': { content: 'NAME=set\nfor x in 1 2; do echo $x; done; done\necho never\n' } },
  ),
  scenario(
    'syntax-open-quote',
    'An unclosed quote is reported on the line it opens.',
    'source quote.sh\necho "status $?"\n',
    { 'quote.sh': { content: 'echo q1\necho "open\necho q3\n' } },
  ),
  scenario(
    'syntax-function-before-error',
    'A function defined before a stray ) is still there afterwards.',
    '. ./funcs.sh\necho "status $?"\ngreet\n',
    { 'funcs.sh': { content: 'greet() {\n  echo hi\n}\necho done )\necho never\n' } },
  ),
];
