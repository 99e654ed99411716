// Scenarios: what subshells, pipelines and command substitution keep from (and give back to) the shell.
import type { BashScenario } from './types';

const scenario = (name: string, description: string, script: string): BashScenario => ({
  name: `subshells-${name}`,
  description,
  script,
});

export const subshellScenarios: BashScenario[] = [
  scenario(
    'var-not-back',
    'A variable set in ( ) is gone afterwards.',
    'X=outer\n( X=inner; echo "in $X" )\necho "out $X"\n',
  ),
  scenario('cd-not-back', 'cd in ( ) does not move the shell.', '( cd /tmp; pwd )\npwd | sed "s|$HOME|~|"\n'),
  scenario('pipeline-var', 'A variable set in a pipeline element is lost.', 'echo x | read v\necho "[$v]"\n'),
  scenario(
    'cmdsubst-sees-vars',
    'Command substitution sees unexported variables.',
    'U=unexported\necho "$(echo $U)"\n',
  ),
  scenario('exit-in-subshell', 'exit inside ( ) ends only the subshell.', '( exit 3 )\necho "status $?"\n'),
  scenario(
    'function-in-subshell',
    'A function defined in ( ) is gone afterwards.',
    '( f() { echo f; }; f )\nf\necho "status $?"\n',
  ),
  scenario(
    'array-in-subshell',
    'An array changed in ( ) keeps its old value.',
    'a=(1 2)\n( a+=(3) )\necho ${#a[@]}\n',
  ),
  scenario(
    'bashpid',
    '$$ is the same inside ( ), $BASHPID is not.',
    '[ "$$" = "$(echo $$)" ] && echo same-dollar\n[ "$BASHPID" != "$(echo $BASHPID)" ] && echo new-bashpid\n',
  ),
  scenario(
    'pipefail',
    'set -o pipefail takes the failing status of a pipeline on later lines.',
    'false | true\necho "a $?"\nset -o pipefail\nfalse | true\necho "b $?"\n',
  ),
  scenario(
    'pipestatus',
    'PIPESTATUS lists every element status.',
    'true | false | true\necho "${PIPESTATUS[@]}"\n',
  ),
  scenario('nested-subst', 'Nested command substitution.', 'echo "$(echo "outer $(echo inner)")"\n'),
  scenario(
    'group-vs-subshell',
    '{ } changes the shell, ( ) does not.',
    '{ G=group; }\n( S=sub )\necho "[$G][$S]"\n',
  ),
  scenario(
    'read-in-pipe',
    'read at the end of a pipeline sets its variable in a subshell only.',
    'echo piped | read v\necho "[$v]"\n',
  ),
  scenario(
    'cd-in-subst',
    'cd inside $( ) does not move the shell.',
    'mkdir d\nx=$(cd d; pwd)\necho "$x"\npwd\n',
  ),
  scenario('export-in-subshell', 'An export in ( ) stays there.', '( export IN=1 )\nenv | grep -c ^IN=\n'),
  scenario(
    'subshell-redirect',
    '( ) output redirected as a whole.',
    '( echo a; echo b ) > s.txt\ncat s.txt\n',
  ),
];
