// Scenarios (category text-tools): sort, uniq, wc, cut, tr, grep, sed, head, tail, diff, xargs in learner-sized pipes.
import { scenarioMaker, type BashScenario } from './types';

const fruit = { 'fruit.txt': { content: 'banana\napple\ncherry\napple\nBanana\ndate\n' } };
const csv = {
  'people.csv': { content: 'name,age,city\nalice,30,Paris\nbob,25,Lyon\ncarol,35,Nice\n' },
};
const nums = {
  'n.txt': { content: Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n') + '\n' },
};
const pair = {
  'a.txt': { content: 'one\ntwo\nthree\nfour\n' },
  'b.txt': { content: 'one\n2\nthree\nfour\nfive\n' },
};

const s = scenarioMaker('text');

export const textToolScenarios: BashScenario[] = [
  // sort
  s('sort-default', 'sort in byte order: capitals first.', 'sort fruit.txt\n', fruit),
  s('sort-reverse-unique', 'sort -r and sort -u.', 'sort -r fruit.txt\nsort -u fruit.txt\n', fruit),
  s(
    'sort-numeric',
    'sort -n against plain sort.',
    'printf "10\\n9\\n100\\n-1\\n" | sort\nprintf "10\\n9\\n100\\n-1\\n" | sort -n\n',
  ),
  s('sort-key-field', 'sort -t, -k2 -n by the age column.', 'tail -n +2 people.csv | sort -t, -k2 -n\n', csv),
  s('sort-fold-case', 'sort -f folds case.', 'sort -f fruit.txt\n', fruit),
  s(
    'sort-mixed-punctuation',
    'sort of names with dots, dashes and digits.',
    'printf "b-2\\n.hidden\\nb_1\\nB1\\n10\\n2\\na b\\n" | sort\n',
  ),
  s('sort-reverse-numeric', 'sort -rn of counts.', 'printf "3 c\\n10 a\\n2 b\\n" | sort -rn\n'),
  s(
    'sort-output-file',
    'sort -o writes the result to a file.',
    'sort -o sorted.txt fruit.txt\ncat sorted.txt\n',
    fruit,
  ),
  s('sort-multiple-files', 'sort of two files merges them.', 'sort a.txt b.txt\n', pair),
  s(
    'sort-check',
    'sort -c reports the first disorder.',
    'sort -c fruit.txt\necho $?\nsort fruit.txt | sort -c\necho $?\n',
    fruit,
  ),
  // uniq
  s(
    'uniq-adjacent',
    'uniq drops adjacent duplicates only.',
    'uniq fruit.txt\nsort fruit.txt | uniq\n',
    fruit,
  ),
  s('uniq-count', 'uniq -c pads counts to width 7.', 'sort fruit.txt | uniq -c\n', fruit),
  s(
    'uniq-count-sorted',
    'the classic sort | uniq -c | sort -rn.',
    'sort fruit.txt | uniq -c | sort -rn\n',
    fruit,
  ),
  s(
    'uniq-duplicated-unique',
    'uniq -d and uniq -u.',
    'sort fruit.txt | uniq -d\nsort fruit.txt | uniq -u\n',
    fruit,
  ),
  s(
    'uniq-ignore-case',
    'uniq -i and -ci.',
    'printf "a\\nA\\nb\\nB\\nb\\n" | uniq -i\nprintf "a\\nA\\nb\\nB\\nb\\n" | uniq -ci\n',
  ),
  s(
    'uniq-big-count',
    'uniq -c of a count wider than the padding.',
    'for i in $(seq 1 12); do echo x; done | uniq -c\n',
  ),
  s('uniq-empty-lines', 'uniq -c counts empty lines.', 'printf "\\n\\na\\n\\n" | uniq -c\n'),
  s(
    'uniq-no-final-newline',
    'uniq on input without a final newline.',
    'printf "a\\na" | uniq\nprintf "a\\nb" | uniq -c\n',
  ),
  // wc
  s('wc-file', 'wc of one file: lines, words, bytes and name.', 'wc fruit.txt\n', fruit),
  s(
    'wc-flags',
    'wc -l, -w, -c alone and together on a file.',
    'wc -l fruit.txt\nwc -w fruit.txt\nwc -c fruit.txt\nwc -lw fruit.txt\n',
    fruit,
  ),
  s(
    'wc-stdin',
    'wc of stdin: width 7 for all columns.',
    'cat fruit.txt | wc\ncat fruit.txt | wc -l\necho hello world | wc -w\n',
    fruit,
  ),
  s('wc-many-files', 'wc of several files and the total line.', 'wc a.txt b.txt\nwc -l a.txt b.txt\n', pair),
  s('wc-redirect', 'wc -l < file prints the count only.', 'wc -l < fruit.txt\nwc < fruit.txt\n', fruit),
  s(
    'wc-redirect-columns',
    'wc < file: columns as wide as the file size, for any choice of counts.',
    'wc -lw < fruit.txt\nwc -c < fruit.txt\nwc -lc < fruit.txt\nwc -L < fruit.txt\n',
    fruit,
  ),
  s(
    'wc-redirect-group',
    'A group redirected from a file, a command substitution, a pipe after wc: still a regular file.',
    '{ wc; } < fruit.txt\nwc < fruit.txt | cat\nx=$(wc < fruit.txt); echo "[$x]"\nwc - < fruit.txt\n',
    fruit,
  ),
  s(
    'wc-redirect-not-file',
    'Here-strings, here-documents and pipes are not regular files: width 7.',
    'wc <<< "one two three"\nwc <<END\na b\nEND\ncat fruit.txt | wc -lw\n{ cat fruit.txt | wc; } < fruit.txt\n',
    fruit,
  ),
  s('wc-empty', 'wc of empty input and an empty file.', 'printf "" | wc\n: > e.txt\nwc e.txt\nwc -l e.txt\n'),
  s('wc-no-trailing-newline', 'wc counts newlines, not lines.', 'printf "a b" | wc -l\nprintf "a b" | wc\n'),
  s(
    'wc-large-widths',
    'wc widths follow the largest number.',
    'seq 1 1000 > big.txt\nwc big.txt\nwc big.txt fruit.txt\n',
    fruit,
  ),
  s('wc-chars', 'wc -m of ASCII text and -L.', 'echo hello | wc -m\nwc -L fruit.txt\n', fruit),
  s(
    'wc-in-substitution',
    'count=$(wc -l < file).',
    'count=$(wc -l < fruit.txt)\necho "lines: $count"\n',
    fruit,
  ),
  // cut
  s('cut-field', 'cut -d, -f1 and -f2,3.', 'cut -d, -f1 people.csv\ncut -d, -f2,3 people.csv\n', csv),
  s('cut-field-range', 'cut -f2- and -f-2.', 'cut -d, -f2- people.csv\ncut -d, -f-2 people.csv\n', csv),
  s(
    'cut-no-delimiter-line',
    'a line without the delimiter is printed whole.',
    'printf "a,b\\nplain\\nc,d\\n" | cut -d, -f2\n',
  ),
  s(
    'cut-only-delimited',
    'cut -s drops lines without the delimiter.',
    'printf "a,b\\nplain\\nc,d\\n" | cut -s -d, -f2\n',
  ),
  s('cut-chars', 'cut -c1-3 and -c2.', 'cut -c1-3 fruit.txt\ncut -c2 fruit.txt\n', fruit),
  s('cut-bytes', 'cut -b of a range past the end.', 'echo abcdef | cut -b 3-\necho abc | cut -b 2-10\n'),
  s(
    'cut-tab-default',
    'cut -f uses tab by default.',
    'printf "a\\tb\\tc\\n" | cut -f2\nprintf "a\\tb\\tc\\n" | cut -f1,3\n',
  ),
  s('cut-space-delimiter', "cut -d ' ' of a sentence.", 'echo "the quick brown fox" | cut -d " " -f2,4\n'),
  s(
    'cut-field-past-end',
    'cut of a field that does not exist gives an empty line.',
    'echo a,b | cut -d, -f5\necho a,b | cut -d, -f1,5\n',
  ),
  s(
    'cut-output-delimiter',
    'cut --output-delimiter.',
    'cut -d, -f1,3 --output-delimiter=" | " people.csv\n',
    csv,
  ),
  s('cut-complement', 'cut --complement -f2.', 'cut -d, --complement -f2 people.csv\n', csv),
  // tr
  s(
    'tr-upper',
    'tr a-z A-Z and [:lower:] [:upper:].',
    'echo hello | tr a-z A-Z\necho Hello | tr "[:lower:]" "[:upper:]"\n',
  ),
  s(
    'tr-delete-squeeze',
    'tr -d and tr -s.',
    'echo "a  b   c" | tr -s " "\necho hello | tr -d l\necho "a-b-c" | tr - _\n',
  ),
  s(
    'tr-newlines',
    'tr to split words onto lines.',
    'echo "a b c" | tr " " "\\n"\necho "a:b" | tr ":" "\\n" | wc -l\n',
  ),
  s('tr-complement-delete', 'tr -cd keeps only digits.', 'echo "ab12cd3" | tr -cd "0-9"\necho\n'),
  // grep
  s('grep-count-and-invert', 'grep -c and grep -v.', 'grep -c apple fruit.txt\ngrep -v a fruit.txt\n', fruit),
  s('grep-ignore-case-number', 'grep -in shows line numbers.', 'grep -in banana fruit.txt\n', fruit),
  s(
    'grep-word-and-line',
    'grep -w and grep -x.',
    'printf "cat\\ncats\\nthe cat\\n" | grep -w cat\nprintf "cat\\ncats\\n" | grep -x cat\n',
  ),
  s(
    'grep-pipe-status',
    'grep -q status in an if.',
    'if grep -q cherry fruit.txt; then echo found; fi\ngrep -q kiwi fruit.txt || echo missing\n',
    fruit,
  ),
  s(
    'grep-list-files',
    'grep -l and grep -L.',
    'grep -l one a.txt b.txt\ngrep -l five a.txt b.txt\ngrep -L five a.txt b.txt\n',
    pair,
  ),
  s('grep-anchor-regex', 'grep with ^ and $ anchors.', 'grep "^b" fruit.txt\ngrep "e$" fruit.txt\n', fruit),
  s(
    'grep-fixed-string',
    'grep -F of a dot.',
    'printf "a.b\\naxb\\n" | grep -F a.b\nprintf "a.b\\naxb\\n" | grep a.b\n',
  ),
  s(
    'grep-multiple-patterns',
    'grep -e twice and grep -E with |.',
    'grep -e apple -e date fruit.txt\ngrep -E "cherry|date" fruit.txt\n',
    fruit,
  ),
  s('grep-context', 'grep -A1 and -B1.', 'grep -A1 cherry fruit.txt\ngrep -B1 cherry fruit.txt\n', fruit),
  // sed
  s(
    'sed-substitute',
    'sed s///, s///g and s with another separator.',
    'echo "a a a" | sed "s/a/b/"\necho "a a a" | sed "s/a/b/g"\necho /usr/bin | sed "s|/|:|g"\n',
  ),
  s(
    'sed-print-lines',
    'sed -n 2p and sed -n 2,3p.',
    'sed -n 2p n.txt\nsed -n "2,3p" n.txt\nsed -n "\\$p" n.txt\n',
    nums,
  ),
  s('sed-delete', 'sed /re/d and sed 1d.', 'sed "/apple/d" fruit.txt\nsed 1d fruit.txt\n', fruit),
  s('sed-in-place', 'sed -i edits the file.', 'sed -i "s/apple/APPLE/" fruit.txt\ncat fruit.txt\n', fruit),
  s(
    'sed-in-place-backup',
    'sed -i.bak keeps a backup of the original.',
    'sed -i.bak "s/apple/APPLE/g" fruit.txt\ncat fruit.txt\ncat fruit.txt.bak\n',
    fruit,
  ),
  s(
    'sed-in-place-backup-separate',
    'sed -i.orig -e edits two files, one backup each.',
    'sed -i.orig -e "s/one/ONE/" a.txt b.txt\nls\ncat a.txt.orig\n',
    pair,
  ),
  s('sed-groups', 'sed -E with a capture group.', 'echo "john smith" | sed -E "s/(\\w+) (\\w+)/\\2, \\1/"\n'),
  s(
    'sed-multiple-expressions',
    'sed -e twice and a ; separated script.',
    'echo abc | sed -e s/a/x/ -e s/c/z/\necho abc | sed "s/a/1/;s/b/2/"\n',
  ),
  s(
    'sed-ampersand',
    'sed & in the replacement.',
    'echo hello | sed "s/l*/[&]/"\necho 42 | sed "s/[0-9]*/(&)/"\n',
  ),
  // head / tail
  s('head-default', 'head prints 10 lines.', 'head n.txt\n', nums),
  s('head-n', 'head -n 3, head -3 and head -n3.', 'head -n 3 n.txt\nhead -3 n.txt\nhead -n2 n.txt\n', nums),
  s('head-negative', 'head -n -1 drops the last line.', 'head -n -1 n.txt\nhead -n -10 n.txt\n', nums),
  s(
    'head-bytes',
    'head -c 5 and head -c -3.',
    'head -c 5 n.txt\necho\nprintf "abcdef" | head -c -3\necho\n',
    nums,
  ),
  s('head-many-files', 'head of two files prints ==> headers.', 'head -n 2 a.txt b.txt\n', pair),
  s('head-quiet', 'head -q drops the headers.', 'head -q -n 1 a.txt b.txt\n', pair),
  s('tail-default', 'tail prints the last 10 lines.', 'tail n.txt\n', nums),
  s(
    'tail-n',
    'tail -n 2, tail -2 and tail -n +11.',
    'tail -n 2 n.txt\ntail -2 n.txt\ntail -n +11 n.txt\n',
    nums,
  ),
  s('tail-plus-one', 'tail -n +2 skips a header line.', 'tail -n +2 people.csv\n', csv),
  s('tail-bytes', 'tail -c 4 and tail -c +3.', 'echo abcdefgh | tail -c 4\necho abcdef | tail -c +3\n'),
  s('tail-many-files', 'tail of two files prints ==> headers.', 'tail -n 1 a.txt b.txt\n', pair),
  s('head-tail-middle', 'head | tail picks a middle line.', 'head -n 5 n.txt | tail -n 1\n', nums),
  s('head-stdin', 'head of a pipe and head -n 0.', 'seq 1 100 | head -n 3\nseq 1 5 | head -n 0\necho done\n'),
  // diff
  s(
    'diff-normal',
    'diff prints the normal format and exits 1.',
    'diff a.txt b.txt\necho "status $?"\n',
    pair,
  ),
  s(
    'diff-same',
    'diff of equal files prints nothing and exits 0.',
    'cp a.txt c.txt\ndiff a.txt c.txt\necho "status $?"\n',
    pair,
  ),
  s('diff-quiet', 'diff -q says the files differ.', 'diff -q a.txt b.txt\necho "status $?"\n', pair),
  s(
    'diff-unified-body',
    'diff -u without the timestamp header lines.',
    'diff -u a.txt b.txt | tail -n +3\n',
    pair,
  ),
  s(
    'diff-unified-header',
    'diff -u header names the files.',
    'diff -u a.txt b.txt | head -n 2 | cut -c1-9\n',
    pair,
  ),
  s(
    'diff-add-only',
    'diff of an appended line: a command.',
    'printf "x\\n" > p\nprintf "x\\ny\\nz\\n" > q\ndiff p q\ndiff q p\n',
  ),
  s(
    'diff-change-range',
    'diff of a changed range: c command.',
    'printf "1\\n2\\n3\\n4\\n" > p\nprintf "1\\nb\\nc\\n4\\n" > q\ndiff p q\n',
  ),
  s('diff-empty-file', 'diff against an empty file.', ': > e\nprintf "a\\nb\\n" > f\ndiff e f\ndiff f e\n'),
  s(
    'diff-no-newline',
    'diff notes a missing newline at end of file.',
    'printf "a\\nb" > p\nprintf "a\\nc\\n" > q\ndiff p q\n',
  ),
  s('diff-stdin', 'diff - reads stdin.', 'printf "one\\nTWO\\nthree\\nfour\\n" | diff a.txt -\n', pair),
  s('diff-brief-same', 'diff -q of equal files is silent.', 'diff -q a.txt a.txt\necho "status $?"\n', pair),
  s(
    'diff-ignore-case-space',
    'diff -i and diff -w.',
    'printf "A b\\n" > p\nprintf "a  b\\n" > q\ndiff -i p q; echo $?\ndiff -w -i p q; echo $?\n',
  ),
  // xargs
  s('xargs-default-echo', 'xargs with no command runs echo.', 'printf "a\\nb\\nc\\n" | xargs\n'),
  s('xargs-n1', 'xargs -n1 and -n 2.', 'echo a b c | xargs -n1 echo item\necho a b c | xargs -n 2\n'),
  s(
    'xargs-replace',
    'xargs -I{} puts each line in place.',
    'printf "a\\nb\\n" | xargs -I{} echo "[{}]"\nprintf "x y\\n" | xargs -I % echo %-%\n',
  ),
  s('xargs-touch-files', 'xargs touch creates the listed files.', 'echo f1 f2 f3 | xargs touch\nls\n'),
  s('xargs-null', 'xargs -0 of NUL separated names.', 'printf "a b\\0c\\0" | xargs -0 -n1 echo\n'),
  s('xargs-delimiter', 'xargs -d, of a comma list.', 'printf "a,b,c" | xargs -d, -n1 echo\n'),
  s('xargs-quotes', 'xargs honours quotes in its input.', 'echo "\'a b\' c" | xargs -n1\n'),
  s(
    'xargs-empty-input',
    'xargs of empty input still runs echo once.',
    'printf "" | xargs echo hi\nprintf "" | xargs -r echo hi\necho done\n',
  ),
  s('xargs-wc', 'xargs wc -l of listed files.', 'ls *.txt | xargs wc -l\n', pair),
  s('xargs-rm', 'find | xargs rm.', 'touch x.log y.log keep.txt\nls *.log | xargs rm\nls\n'),
  s(
    'xargs-status',
    'xargs exit status 123 when a command fails.',
    'printf "nope\\n" | xargs cat\necho "status $?"\n',
  ),
  // pipelines
  s(
    'pipe-word-frequency',
    'tr | sort | uniq -c | sort -rn | head.',
    'echo "the cat and the dog and the bird" | tr " " "\\n" | sort | uniq -c | sort -rn | head -n 2\n',
  ),
  s(
    'pipe-csv-column-sum',
    'cut | paste-free sum with a loop.',
    'total=0\nfor a in $(tail -n +2 people.csv | cut -d, -f2); do total=$((total + a)); done\necho $total\n',
    csv,
  ),
  s('pipe-count-matches', 'grep | wc -l.', 'grep a fruit.txt | wc -l\n', fruit),
  s('pipe-sort-cut-uniq', 'cut -c1 | sort | uniq -c.', 'cut -c1 fruit.txt | sort | uniq -c\n', fruit),
];
