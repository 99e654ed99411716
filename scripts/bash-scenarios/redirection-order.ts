// Scenarios: where stdout and stderr go, and in which order, with &>, 2>&1 and friends.
import type { BashScenario } from './types';

const scenario = (name: string, description: string, script: string): BashScenario => ({
  name: `redirection-${name}`,
  description,
  script,
});

export const redirectionScenarios: BashScenario[] = [
  scenario(
    'both-to-file',
    '&> file collects both streams of echo commands in order.',
    '{ echo out; echo err >&2; echo out2; } &> both.txt\ncat both.txt\n',
  ),
  scenario(
    'ls-missing-and-dir',
    'ls of a missing name and a directory into one file: the error first.',
    'mkdir d; touch d/x\nls nope d &> out.txt\ncat out.txt\n',
  ),
  scenario(
    'two-to-one',
    '2>&1 after > sends both to the file.',
    '{ echo a; echo b >&2; } > f.txt 2>&1\ncat f.txt\n',
  ),
  scenario(
    'two-to-one-before',
    '2>&1 before > leaves stderr on the terminal.',
    '{ echo a; echo b >&2; } 2>&1 > g.txt\necho "file:"; cat g.txt\n',
  ),
  scenario('stderr-to-devnull', '2>/dev/null hides errors only.', 'cat nope 2>/dev/null\necho "status $?"\n'),
  scenario(
    'append-both',
    '&>> appends both streams.',
    'echo first > log\n{ echo second; echo third >&2; } &>> log\ncat log\n',
  ),
  scenario('pipe-stderr', '|& pipes stderr too.', '{ echo visible; echo hidden >&2; } |& tr a-z A-Z\n'),
  scenario(
    'noclobber',
    'set -o noclobber refuses to overwrite, >| forces.',
    'echo 1 > keep\nset -o noclobber\necho 2 > keep\necho 3 >| keep\ncat keep\nset +o noclobber\n',
  ),
  scenario('here-string', 'A here-string feeds stdin.', 'wc -w <<< "one two three"\n'),
  scenario(
    'redirect-missing-dir',
    'Redirecting into a missing directory.',
    'echo x > nodir/file\necho "status $?"\n',
  ),
];
