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
  scenario(
    'two-to-one-pipe',
    'ls errors and listing through 2>&1 into a pipe, error first.',
    'mkdir d; touch d/x\nls nope d 2>&1 | cat\n',
  ),
  scenario(
    'cat-interleaved',
    'cat writes each operand in turn: the error sits between the two copies.',
    'echo hi > a.txt\ncat a.txt nope a.txt > both.txt 2>&1\ncat both.txt\n',
  ),
  scenario(
    'loop-both',
    'A loop with &> keeps every iteration in order.',
    'for i in 1 2; do echo "o$i"; echo "e$i" >&2; done &> loop.txt\ncat loop.txt\n',
  ),
  scenario(
    'function-both',
    'A function call with 2>&1 into a pipe keeps its order.',
    'f() { echo start; ls nope; echo end; }\nf 2>&1 | cat\n',
  ),
  scenario(
    'split-streams',
    '> and 2> to two files split the streams.',
    'mkdir d; touch d/x\nls nope d > out.txt 2> err.txt\necho "out:"; cat out.txt; echo "err:"; cat err.txt\n',
  ),
  scenario('stdin-missing', '< of a missing file fails the command.', 'cat < nofile\necho "status $?"\n'),
  scenario('onto-directory', '> onto a directory fails.', 'mkdir dd\necho x > dd\necho "status $?"\n'),
  scenario(
    'group-stderr-devnull',
    '2>/dev/null on a group hides only its errors.',
    '{ echo shown; echo gone >&2; } 2>/dev/null\n',
  ),
  scenario(
    'swap-order',
    '2>&1 >/dev/null sends only errors into the pipe.',
    'ls nope 2>&1 >/dev/null | tr a-z A-Z\n',
  ),
  scenario(
    'append-mixed',
    '&>> appends a command that writes both streams.',
    'mkdir d; touch d/x\necho first > log\nls d nope &>> log\ncat log\n',
  ),
  scenario(
    'heredoc-to-file',
    'A here-document into a file.',
    'cat > notes.txt <<EOF\nline one\nline two\nEOF\ncat notes.txt\n',
  ),
  scenario(
    'missing-then-continue',
    'A failed redirection fails its command only; the line goes on.',
    'echo x > nodir/f; echo "after $?"\n',
  ),
  scenario(
    'pipe-both-head',
    '|& into head takes the first line written.',
    '{ echo first >&2; echo second; } |& head -n 1\n',
  ),
  scenario(
    'subst-both',
    '$( ) with 2>&1 captures both streams in order.',
    'x=$(ls nope 2>&1; echo done)\necho "$x"\n',
  ),
];
