// Scenarios (category errors): the messages and exit statuses of the file and text commands on bad input.
import { scenarioMaker, type BashScenario } from './types';

const two = {
  'a.txt': { content: 'alpha\n' },
  'b.txt': { content: 'bravo\n' },
  d: { type: 'directory' as const },
};

const s = scenarioMaker('errors');

export const errorScenarios: BashScenario[] = [
  // cp
  s('cp-missing-operand', 'cp without operands and with one.', 'cp\necho $?\ncp a.txt\necho $?\n', two),
  s('cp-missing-source', 'cp of a missing file.', 'cp nope x\necho $?\n'),
  s('cp-directory-without-r', 'cp of a directory without -r.', 'cp d e\necho $?\n', two),
  s('cp-same-file', 'cp a file onto itself.', 'cp a.txt a.txt\necho $?\n', two),
  s('cp-missing-target-dir', 'cp into a directory that does not exist.', 'cp a.txt nodir/x\necho $?\n', two),
  s(
    'cp-many-to-file',
    'cp of two files onto a file.',
    'cp a.txt b.txt c\necho $?\ncp a.txt b.txt b.txt\necho $?\n',
    two,
  ),
  s('cp-bad-option', 'cp with an unknown option.', 'cp -Z a.txt b\necho $?\ncp --bogus a b\necho $?\n', two),
  s('cp-file-onto-dir-path', 'cp to a path under a file.', 'cp b.txt a.txt/x\necho $?\n', two),
  // mv
  s('mv-missing-operand', 'mv without operands.', 'mv\necho $?\nmv a.txt\necho $?\n', two),
  s('mv-missing-source', 'mv of a missing file.', 'mv nope x\necho $?\n'),
  s('mv-into-missing-dir', 'mv to a missing directory.', 'mv a.txt nodir/x\necho $?\nls\n', two),
  s('mv-dir-onto-file', 'mv of a directory onto a file.', 'mv d a.txt\necho $?\n', two),
  s(
    'mv-file-onto-dir-name',
    'mv a file where a directory of that name exists inside.',
    'mkdir -p t/a.txt\nmv a.txt t\necho $?\n',
    two,
  ),
  s('mv-same-file', 'mv a file onto itself.', 'mv a.txt a.txt\necho $?\nmv a.txt ./a.txt\necho $?\n', two),
  s('mv-dir-into-itself', 'mv a directory into itself.', 'mv d d/sub\necho $?\n', two),
  s('mv-many-to-file', 'mv of two files onto a file.', 'mv a.txt b.txt c\necho $?\n', two),
  // rm
  s('rm-missing', 'rm of a missing file.', 'rm nope\necho $?\n'),
  s('rm-directory', 'rm of a directory without -r.', 'rm d\necho $?\nls\n', two),
  s('rm-d-not-empty', 'rm -d of a non-empty directory.', 'touch d/x\nrm -d d\necho $?\n', two),
  s('rm-no-operand', 'rm without operands; rm -f without operands.', 'rm\necho $?\nrm -f\necho $?\n'),
  s('rm-dot', 'rm -r of . and ..', 'rm -r .\necho $?\nrm -rf ..\necho $?\n'),
  s('rm-mixed', 'rm of one missing and one present file.', 'rm nope a.txt\necho $?\nls\n', two),
  s('rm-under-file', 'rm of a path through a file.', 'rm a.txt/x\necho $?\n', two),
  s('rm-bad-option', 'rm with an unknown option.', 'rm -z a.txt\necho $?\n', two),
  // mkdir
  s('mkdir-missing-parent', 'mkdir without -p when the parent is missing.', 'mkdir a/b\necho $?\n'),
  s(
    'mkdir-exists',
    'mkdir of an existing directory and file.',
    'mkdir d\necho $?\nmkdir a.txt\necho $?\n',
    two,
  ),
  s(
    'mkdir-under-file',
    'mkdir -p through a file.',
    'mkdir -p a.txt/sub\necho $?\nmkdir a.txt/sub\necho $?\n',
    two,
  ),
  s('mkdir-no-operand', 'mkdir without operands.', 'mkdir\necho $?\n'),
  s('mkdir-bad-mode', 'mkdir -m with a bad mode.', 'mkdir -m 999 x\necho $?\n'),
  s('mkdir-partial', 'mkdir of two: one fails, one works.', 'mkdir x/y z\necho $?\nls\n'),
  // touch
  s('touch-missing-parent', 'touch in a missing directory.', 'touch a/b\necho $?\n'),
  s('touch-under-file', 'touch through a file.', 'touch a.txt/x\necho $?\n', two),
  s('touch-no-operand', 'touch without operands.', 'touch\necho $?\n'),
  // cat / head / tail / wc / sort / uniq / cut
  s('cat-missing', 'cat of a missing file among present ones.', 'cat a.txt nope b.txt\necho $?\n', two),
  s('head-missing', 'head of a missing file.', 'head nope\necho $?\nhead a.txt nope\necho $?\n', two),
  s('head-bad-count', 'head -n with a bad count.', 'head -n x a.txt\necho $?\n', two),
  s('head-directory', 'head of a directory.', 'head d\necho $?\n', two),
  s('tail-missing', 'tail of a missing file.', 'tail nope\necho $?\n'),
  s('wc-missing', 'wc of a missing and a present file.', 'wc nope a.txt\necho $?\n', two),
  s('wc-directory', 'wc of a directory.', 'wc d\necho $?\n', two),
  s('sort-missing', 'sort of a missing file.', 'sort nope\necho $?\n'),
  s('uniq-missing', 'uniq of a missing file.', 'uniq nope\necho $?\n'),
  s('cut-no-list', 'cut without -f, -c or -b.', 'cut a.txt\necho $?\n', two),
  s('cut-bad-field', 'cut -f 0 and a bad range.', 'echo a | cut -f0\necho $?\necho a | cut -f3-1\necho $?\n'),
  s('cut-delimiter-long', 'cut -d with two characters.', 'echo a | cut -d ab -f1\necho $?\n'),
  s('cut-missing-file', 'cut of a missing file.', 'cut -f1 nope\necho $?\n'),
  // diff / xargs / grep / sed
  s('diff-missing', 'diff against a missing file: status 2.', 'diff a.txt nope\necho $?\n', two),
  s('diff-missing-operand', 'diff with one operand.', 'diff a.txt\necho $?\n', two),
  s(
    'xargs-missing-command',
    'xargs of a command that does not exist.',
    'echo a | xargs nosuchcmd\necho $?\n',
  ),
  s(
    'grep-missing-file',
    'grep of a missing file: status 2.',
    'grep x nope\necho $?\ngrep -s x nope\necho $?\n',
  ),
  s('sed-missing-file', 'sed of a missing file.', 'sed s/a/b/ nope\necho $?\n'),
  s('sed-bad-script', 'sed with an unterminated s command.', 'echo a | sed "s/a/b"\necho $?\n'),
  // basename / dirname / stat / ls / chmod / ln
  s('basename-no-operand', 'basename and dirname without operands.', 'basename\necho $?\ndirname\necho $?\n'),
  s('basename-extra-operand', 'basename with three operands.', 'basename a b c\necho $?\n'),
  s('stat-missing', 'stat of a missing file.', 'stat nope\necho $?\n'),
  s('stat-no-operand', 'stat without operands.', 'stat\necho $?\n'),
  s('ls-missing-among', 'ls of a missing and a present name.', 'ls nope a.txt\necho $?\n', two),
  s('ls-bad-option', 'ls with an unknown option.', 'ls -y\necho $?\n'),
  s('chmod-missing-file', 'chmod of a missing file.', 'chmod 600 nope\necho $?\n'),
  s('ln-exists', 'ln -s onto an existing name.', 'ln -s a.txt b.txt\necho $?\n', two),
  s('ln-missing-operand', 'ln without operands.', 'ln\necho $?\n'),
  s('redirect-into-directory', 'a redirection onto a directory.', 'echo x > d\necho $?\n', two),
  s('redirect-missing-parent', 'a redirection into a missing directory.', 'echo x > nodir/f\necho $?\n'),
  s('cd-into-file', 'cd into a file.', 'cd a.txt\necho $?\n', two),
];
