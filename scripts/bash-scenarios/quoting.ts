// Scenarios: quoting, expansion, substitution.
import type { BashScenario } from './types';

export const quotingScenarios: BashScenario[] = [
  {
    name: 'quote-single-vs-double',
    description: 'Single quotes keep $ literal, double quotes expand it.',
    script: 'X=world\necho \'hello $X\'\necho "hello $X"\necho hello\\ $X\n',
  },
  {
    name: 'quote-escapes-in-double',
    description: 'Backslash escapes inside double quotes: \\$, \\", \\\\ and a kept \\n.',
    script: 'echo "a \\$HOME \\"q\\" \\\\ \\n end"\n',
  },
  {
    name: 'quote-ansi-c',
    description: "$'..' expands \\n, \\t and \\x41.",
    script: "echo $'line1\\nline2\\tTab\\x41'\nprintf '%s\\n' $'it\\'s'\n",
  },
  {
    name: 'quote-word-splitting',
    description: 'An unquoted variable is split into words; a quoted one is not.',
    script: 'X="a   b    c"\nprintf "[%s]\\n" $X\nprintf "[%s]\\n" "$X"\n',
  },
  {
    name: 'quote-empty-and-unset',
    description: 'Unset and empty variables expand to nothing; quoted empty is one empty word.',
    script: 'E=\nprintf "[%s]\\n" $E "$E" $NOPE\necho "<$NOPE>"\n',
  },
  {
    name: 'expansion-defaults',
    description: '${x:-d}, ${x-d}, ${x:=d}, ${x:+alt} on unset, empty and set variables.',
    script:
      'unset U; E=; S=set\necho "${U:-d1} ${E:-d2} ${S:-d3}"\necho "${U-d4} [${E-d5}]"\necho "${U:=assigned} $U"\necho "[${E:+alt}] ${S:+alt}"\n',
  },
  {
    name: 'expansion-error-unset',
    description: '${x:?msg} on an unset variable prints an error and fails the line.',
    script: 'echo before\necho "${NOPE:?is not set}"\necho "status $?"\n',
  },
  {
    name: 'expansion-length-and-trim',
    description: '${#x}, ${x%.*}, ${x##*/} and ${x/a/b}.',
    script:
      'P=/srv/learner/credentials.bak\necho ${#P}\necho ${P%.*}\necho ${P##*/}\necho ${P/learner/someone}\n',
  },
  {
    name: 'expansion-braces-and-concat',
    description: '$x_suffix vs ${x}_suffix.',
    script: 'x=pre\necho "$x_suffix|${x}_suffix"\n',
  },
  {
    name: 'command-substitution',
    description: '$(...) and backticks, nested, trailing newlines removed.',
    script: 'echo "now: $(echo inner $(echo nested))"\nX=`printf "a\\n\\n\\n"`\necho "[$X]"\n',
  },
  {
    name: 'command-substitution-assign-status',
    description: 'The status of X=$(cmd) is the status of cmd.',
    script: 'X=$(false)\necho $?\nX=$(true)\necho $?\n',
  },
  {
    name: 'tilde-expansion',
    description: '~ expands at the start of a word but not inside quotes.',
    script: 'echo ~ ~/.aws "~" x~\n',
  },
  {
    name: 'arithmetic',
    description: '$((...)) arithmetic.',
    script: 'n=5\necho $((n * 2 + 1)) $((7 / 2)) $((7 % 3))\n',
  },
  {
    name: 'unterminated-quote',
    description: 'An unterminated quote at end of input is a syntax error.',
    script: 'echo start\necho "never closed\n',
  },
  {
    name: 'syntax-error-token',
    description: 'A stray token is a syntax error; the next line still runs.',
    script: 'echo a &&\n&& echo b\necho after\n',
  },
  {
    name: 'comments',
    description: '# starts a comment only at a word start.',
    script: 'echo one # a comment\necho two#notacomment\n# whole line\n',
  },
];
