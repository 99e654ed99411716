// Scenarios: finer points of export, source, chmod and here-docs that the lessons lean on.
import { AWS_CREDENTIALS, type BashScenario } from './types';

const awsHome = {
  '.aws': { type: 'directory' as const, mode: 0o755 },
  '.aws/credentials': { content: AWS_CREDENTIALS, mode: 0o644 },
  '.aws/config': { content: '[default]\nregion = us-east-1\n', mode: 0o644 },
};

export const moreScenarios: BashScenario[] = [
  {
    name: 'export-name-without-value',
    description: 'export X with no value: exported but unset, so env does not list it until assigned.',
    script: 'export X\nenv | grep -c ^X=\nX=later\nenv | grep ^X=\n',
  },
  {
    name: 'export-empty-value',
    description: 'X= then export X: env lists X with an empty value.',
    script: 'X=\nexport X\nenv | grep ^X=\n',
  },
  {
    name: 'export-several-and-export-p',
    description: 'export A=1 B=2 exports both; export -p shows declare -x lines.',
    script: 'export AWS_PROFILE=dev AWS_REGION=eu-west-1\nexport -p | grep AWS_\n',
  },
  {
    name: 'env-command-assignment',
    description: 'env X=1 printenv X runs a program with an extra variable.',
    script: 'env X=1 printenv X\necho "[$X]"\n',
  },
  {
    name: 'export-value-with-spaces-and-quotes',
    description: 'Quoted values with spaces survive export; unquoted ones split.',
    script: 'export MSG="two words"\nprintenv MSG\nexport BAD=two words\necho $?\nprintenv BAD\n',
  },
  {
    name: 'source-syntax-error',
    description: 'A syntax error inside a sourced file.',
    files: { 'bad.sh': { content: 'echo first\nif then\necho never\n' } },
    script: 'source bad.sh\necho "status $?"\n',
  },
  {
    name: 'source-file-with-comments-and-blank-lines',
    description: 'A sourced env file with comments, blank lines and quotes.',
    files: { '.env': { content: '# keys\n\nexport AWS_PROFILE="dev"\nREGION=\'eu-west-1\'\n' } },
    script: 'source ~/.env\necho "$AWS_PROFILE $REGION"\nenv | grep -c REGION\n',
  },
  {
    name: 'chmod-glob-and-recursive',
    description: 'chmod 600 ~/.aws/* and chmod -R go-rwx ~/.aws.',
    files: awsHome,
    script:
      'chmod 600 ~/.aws/*\nstat -c "%a %n" ~/.aws/*\nchmod -R go-rwx ~/.aws\nstat -c "%a %n" ~/.aws ~/.aws/*\n',
  },
  {
    name: 'mkdir-then-chmod-700',
    description: 'mkdir -p ~/.aws && chmod 700 ~/.aws.',
    script: 'mkdir -p ~/.aws && chmod 700 ~/.aws\nstat -c %a ~/.aws\nls -ld ~/.aws | cut -c1-10\n',
  },
  {
    name: 'heredoc-double-quoted-delimiter',
    description: 'A double-quoted delimiter also keeps the text literal.',
    script: 'X=1\ncat <<"END"\n$X $(echo no)\nEND\n',
  },
  {
    name: 'heredoc-redirect-before-operator',
    description: 'cat <<EOF > file (redirect after the here-doc operator).',
    script:
      'mkdir -p ~/.aws\ncat <<EOF > ~/.aws/config\n[default]\nregion = us-east-1\nEOF\ncat ~/.aws/config\n',
  },
  {
    name: 'heredoc-append',
    description: 'cat >> file <<EOF appends a profile.',
    files: awsHome,
    script:
      'cat >> ~/.aws/credentials <<EOF\n[dev]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\nEOF\ngrep -c "^\\[" ~/.aws/credentials\ntail -n 2 ~/.aws/credentials\n',
  },
  {
    name: 'test-file-predicates',
    description: 'test -s, -r, -w, -x on files.',
    files: {
      'empty.txt': { content: '' },
      'full.txt': { content: 'x\n' },
      'run.sh': { content: 'echo\n', mode: 0o755 },
    },
    script:
      '[ -s empty.txt ]; echo $?\n[ -s full.txt ]; echo $?\n[ -x run.sh ]; echo $?\n[ -x full.txt ]; echo $?\n',
  },
  {
    name: 'test-string-compare-unquoted-empty',
    description: '[ $EMPTY = x ] with an unset variable is an error; quoted it is not.',
    script: '[ $NOPE = x ]\necho $?\n[ "$NOPE" = x ]\necho $?\n',
  },
  {
    name: 'arithmetic-division-by-zero',
    description: '$((1/0)) is an error and the line is abandoned.',
    script: 'echo $((1/0))\necho "status $?"\n',
  },
  {
    name: 'grep-extended-and-only-matching',
    description: 'grep -E with alternation and -o.',
    files: awsHome,
    script: "grep -E 'region|output' ~/.aws/config\ngrep -o 'AKIA[A-Z0-9]*' ~/.aws/credentials\n",
  },
  {
    name: 'glob-sorted-paths',
    description: 'echo ~/.aws/* expands sorted full paths.',
    files: awsHome,
    script: 'echo ~/.aws/*\nls ~/.aws/*\n',
  },
  {
    name: 'cat-substitution-into-variable',
    description: 'X="$(cat file)" keeps inner newlines, drops the trailing one.',
    files: awsHome,
    script: 'X="$(cat ~/.aws/config)"\necho "$X"\necho "${#X}"\n',
  },
  {
    name: 'rm-rf-aws-directory',
    description: 'rm -rf ~/.aws removes the folder and its files silently.',
    files: awsHome,
    script: 'rm -rf ~/.aws\necho $?\nls -A\n',
  },
  {
    name: 'empty-redirect-creates-empty-file',
    description: ': > file creates an empty file; wc -c says 0.',
    script: ': > empty.txt\nwc -c empty.txt\n> other.txt\nls\n',
  },
  {
    name: 'unicode-echo',
    description: 'Unicode text passes through echo and grep unchanged.',
    script: "echo 'héllo ✓ 日本'\necho 'héllo ✓' | grep -c ✓\n",
  },
];
