// Scenarios: error texts of builtins and the shell itself, as bash prints them interactively.
import type { BashScenario } from './types';

const scenario = (name: string, description: string, script: string): BashScenario => ({
  name: `messages-${name}`,
  description,
  script,
});

export const builtinMessageScenarios: BashScenario[] = [
  scenario('test-integer', '[ abc -gt 1 ] names the bad operand.', '[ abc -gt 1 ]\necho "status $?"\n'),
  scenario('test-integer-right', 'The right operand of -lt.', '[ 1 -lt x ]\necho "status $?"\n'),
  scenario('test-word', 'test says test:.', 'test a -ge 2\necho "status $?"\n'),
  scenario('test-unary', '[ 1 -eq ] needs a second operand.', '[ 1 -eq ]\necho "status $?"\n'),
  scenario('test-missing-bracket', '[ without ] is an error.', '[ x\necho "status $?"\n'),
  scenario('test-and', 'Within -a, the bad operand is named.', '[ 2 -gt 1 -a b -gt 1 ]\necho "status $?"\n'),
  scenario(
    'test-ok',
    'Valid tests print nothing.',
    '[ " 3 " -gt 1 ] && echo a\n[ -5 -lt +3 ] && echo b\n[ -n "" ] || echo c\n',
  ),
  scenario('cd-missing', 'cd to a missing directory.', 'cd /nowhere\necho "status $?"\n'),
  scenario('cd-file', 'cd to a file.', 'touch f\ncd f\necho "status $?"\n'),
  scenario('cd-too-many', 'cd with two operands.', 'cd /tmp /usr\necho "status $?"\n'),
  scenario('command-not-found', 'An unknown command.', 'nosuchcommand --flag\necho "status $?"\n'),
  scenario('export-invalid', 'export of an invalid name.', 'export 1X=2\necho "status $?"\n'),
  scenario(
    'unset-readonly',
    'Assigning a readonly variable on a later line.',
    'readonly R=1\nR=2\necho "R=$R"\n',
  ),
  scenario('shift-too-far', 'shift beyond the arguments.', 'set -- a\nshift 2\necho "status $? $1"\n'),
  scenario(
    'declare-i-append',
    'declare -i makes += add, across lines.',
    'declare -i n\nn+=1\nn+=1\necho $n\nn=3*4\necho $n\n',
  ),
  scenario('arith-wrap', '$((2**64)) wraps as 64-bit.', 'echo $((2**64)) $((2**63)) $((2**62))\n'),
  scenario(
    'type-function',
    'type of a function prints its body re-formatted.',
    'f() { echo hi; local x=1; }\ntype f\n',
  ),
  scenario(
    'type-builtin-and-file',
    'type of a builtin and a program.',
    'type cd\ntype -t echo\ntype nosuch\necho "status $?"\n',
  ),
  scenario(
    'unbound-nounset',
    'set -u reports an unbound variable on a later line.',
    'set -u\necho "$NOPE"\necho "after"\nset +u\n',
  ),
  scenario('bad-substitution', 'A bad substitution.', 'echo ${x!}\necho "status $?"\n'),
  scenario('read-no-var', 'read with no name fills REPLY.', 'read <<< "line here"\necho "$REPLY"\n'),
  scenario('return-outside', 'return outside a function.', 'return 1\necho "status $?"\n'),
  scenario('cd-oldpwd', 'cd - without OLDPWD.', 'unset OLDPWD\ncd -\necho "status $?"\n'),
  scenario(
    'unset-readonly-var',
    'unset of a readonly variable.',
    'readonly R=1\nunset R\necho "status $?"\n',
  ),
  scenario('local-outside', 'local outside a function.', 'local x=1\necho "status $?"\n'),
  scenario('declare-p-missing', 'declare -p of an unknown name.', 'declare -p nosuch\necho "status $?"\n'),
  scenario('printf-invalid-number', 'printf %d of a word.', 'printf "%d\\n" abc\necho "status $?"\n'),
  scenario('set-bad-option', 'set -o of an unknown option.', 'set -o nosuch\necho "status $?"\n'),
  scenario('shopt-bad-option', 'shopt -s of an unknown option.', 'shopt -s nosuch\necho "status $?"\n'),
  scenario('unset-invalid-name', 'unset of an invalid identifier.', 'unset 1x\necho "status $?"\n'),
  scenario('source-missing', 'source of a missing file.', 'source nosuch.sh\necho "status $?"\n'),
  scenario('break-outside', 'break outside a loop.', 'break\necho "status $?"\n'),
];
