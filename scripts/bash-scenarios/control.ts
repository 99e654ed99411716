// Scenarios: pipes, redirections, here-docs, lists and exit codes.
import type { BashScenario } from './types';

export const controlScenarios: BashScenario[] = [
  {
    name: 'pipe-basic',
    description: 'A pipeline of three commands.',
    script: "printf 'b\\na\\nc\\n' | sort | head -n 2\n",
  },
  {
    name: 'pipe-status-is-last',
    description: "The status of a pipeline is the last command's.",
    script: 'false | true\necho $?\ntrue | false\necho $?\n',
  },
  {
    name: 'redirect-overwrite-append',
    description: '> truncates, >> appends.',
    script: 'echo one > f.txt\necho two >> f.txt\ncat f.txt\necho three > f.txt\ncat f.txt\n',
  },
  {
    name: 'redirect-stderr',
    description: '2> sends errors to a file; 2>&1 merges them into stdout.',
    script: 'ls nope 2> err.txt\necho "status $?"\ncat err.txt\nls nope > all.txt 2>&1\ncat all.txt\n',
  },
  {
    name: 'redirect-order-matters',
    description: '2>&1 > file still sends stderr to the terminal.',
    script: 'ls nope 2>&1 > out.txt\ncat out.txt\n',
  },
  {
    name: 'redirect-stdin',
    description: '< reads a file as stdin.',
    files: { 'in.txt': { content: 'x\ny\n' } },
    script: 'wc -l < in.txt\ncat < in.txt\n',
  },
  {
    name: 'redirect-missing-input',
    description: '< of a missing file fails before the command runs.',
    script: 'cat < nope.txt\necho $?\n',
  },
  {
    name: 'redirect-to-directory',
    description: '> into a directory fails.',
    script: 'mkdir d\necho x > d\necho $?\n',
  },
  {
    name: 'redirect-creates-0644',
    description: 'A file created by > is 0644 under umask 022.',
    script: 'echo x > new.txt\nstat -c %a new.txt\n',
  },
  {
    name: 'heredoc-unquoted',
    description: 'An unquoted delimiter expands variables and $(...).',
    script: 'NAME=learner\ncat <<EOF\nhi $NAME\n$(echo sub)\n\\$NOT\nEOF\n',
  },
  {
    name: 'heredoc-quoted',
    description: "A quoted delimiter ('EOF') keeps the text literal.",
    script: "NAME=learner\ncat <<'EOF'\nhi $NAME\n$(echo sub)\nEOF\n",
  },
  {
    name: 'heredoc-to-file',
    description: 'cat > file <<EOF writes a credentials file.',
    script:
      'mkdir -p ~/.aws\ncat > ~/.aws/credentials <<EOF\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\nEOF\ncat ~/.aws/credentials\nstat -c %a ~/.aws/credentials\n',
  },
  {
    name: 'heredoc-dash-strips-tabs',
    description: '<<- strips leading tabs.',
    script: 'cat <<-EOF\n\tindented\n\tEOF\n',
  },
  {
    name: 'heredoc-missing-delimiter',
    description: 'A here-doc without its closing delimiter warns at end of input.',
    script: 'cat <<EOF\nline\n',
  },
  {
    name: 'and-or-lists',
    description: '&& runs on success, || on failure.',
    script:
      'true && echo yes\nfalse && echo no\nfalse || echo fallback\ntrue || echo never\nls nope && echo a || echo b\n',
  },
  {
    name: 'semicolon-list',
    description: '; runs commands regardless; $? is the last one.',
    script: 'false; echo "after false $?"; true; echo $?\n',
  },
  {
    name: 'exit-status-values',
    description: '$? after success, failure, not found and a grep with no match.',
    script: 'true; echo $?\nfalse; echo $?\nnosuchcmd; echo $?\necho x | grep y; echo $?\n',
  },
  {
    name: 'command-not-found',
    description: 'An unknown command: bash: name: command not found, status 127.',
    script: 'awz configure\necho $?\n',
  },
  {
    name: 'last-status-is-exit-code',
    description: "The shell exits with the last command's status at end of input.",
    script: 'echo ok\nls nope\n',
  },
  {
    name: 'not-executable',
    description: 'Running a file without x permission: Permission denied, status 126.',
    files: { 'run.sh': { content: '#!/bin/bash\necho ran\n' } },
    script: './run.sh\necho $?\nchmod u+x run.sh\n./run.sh\n',
  },
  {
    name: 'if-test-brackets',
    description: 'if with [ ] and test: files, strings, numbers.',
    files: { 'a.txt': { content: 'x\n' } },
    script:
      'if [ -f a.txt ]; then echo file; fi\n[ -d a.txt ] || echo notdir\ntest -z "" && echo empty\n[ 3 -gt 2 ] && echo bigger\n[ "a" = "b" ]; echo $?\n[ -e nope ]; echo $?\n',
  },
  {
    name: 'test-missing-bracket',
    description: '[ without the closing ] is an error (status 2).',
    script: '[ -f x\necho $?\n',
  },
  {
    name: 'for-loop',
    description: 'A short for loop over words.',
    script: 'for p in default dev prod; do echo "profile $p"; done\n',
  },
  {
    name: 'subshell-isolation',
    description: '( ... ) runs in a subshell: cd and variables inside do not leak.',
    script: '(cd /tmp; X=inner; pwd)\npwd\necho "[$X]"\n',
  },
  {
    name: 'brace-group-redirect',
    description: '{ ...; } > file redirects a group of commands.',
    script: '{ echo a; echo b; } > g.txt\ncat g.txt\n',
  },
  {
    name: 'here-string-and-read',
    description: 'read -r from a here-string.',
    script: 'read -r A B <<< "first second third"\necho "$A|$B"\n',
  },
  {
    name: 'line-continuation',
    description: 'A backslash at the end of a line continues the command.',
    script: 'echo one \\\n  two \\\n  three\n',
  },
  {
    name: 'initial-status-zero',
    description: '$? is 0 before any command.',
    script: 'echo $?\n',
  },
  {
    name: 'syntax-empty-condition',
    description:
      'if, while and for without a condition or a body are syntax errors; nothing on the line runs.',
    script:
      'if then echo a; fi\necho "status $?"\nwhile do echo loop; done\nfor x in a b; do done\necho b; )\necho after\n',
  },
];
