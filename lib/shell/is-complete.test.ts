import { describe, expect, test } from 'vitest';
import { isComplete, pendingHereDoc, unexpectedToken } from './is-complete';
import { stdinSites } from './stdin-sites';
import { parseScript } from './parser';

describe('isComplete', () => {
  test.each([
    'echo "abc',
    "echo 'abc",
    'cat <<EOF\nhello',
    "cat <<'EOF'\nhello $X",
    'cat <<-END\n\thi',
    'if true; then',
    'if true; then\n  echo yes',
    'for f in a b; do',
    'f() {',
    'echo $(date',
    'echo trailing \\',
    'echo a |',
    'echo a &&',
    'echo a ||',
    'while true',
    'case x in',
  ])('needs more lines: %j', (input) => {
    expect(isComplete(input)).toBe(false);
  });

  test.each([
    'echo hi',
    '',
    'echo "a b" \'c\'',
    'cat <<EOF\nhello\nEOF',
    "cat <<'EOF'\nx\nEOF",
    'cat <<-END\n\thi\n\tEND',
    'cat <<< "here string"',
    'if true; then echo yes; fi',
    'echo a | wc -l',
    'echo a || echo b',
    'echo "<<EOF"',
    'echo \\\\',
    'echo done # trailing |',
    'fi',
    'echo $((1<<63))',
    '((y = 1<<4)); echo $y',
    'for ((i=1; i<=1<<3; i<<=1)); do echo $i; done',
  ])('complete: %j', (input) => {
    expect(isComplete(input)).toBe(true);
  });
});

describe('input checks just-bash lets through', () => {
  test('a control operator where a command should be', () => {
    expect(unexpectedToken('echo a && && echo b')).toBe('&&');
    expect(unexpectedToken('echo a &&\n&& echo b')).toBe('&&');
    expect(unexpectedToken('| echo')).toBe('|');
    expect(unexpectedToken('echo a || echo b; echo "&& ||"')).toBeNull();
    expect(unexpectedToken('case $x in a|b) echo;; esac')).toBeNull();
  });

  test('a here-doc without its delimiter line', () => {
    expect(pendingHereDoc('echo start\ncat <<STOP\nline')).toEqual({ delimiter: 'STOP', line: 2 });
    expect(pendingHereDoc('cat <<STOP\nline\nSTOP')).toBeNull();
    // Inside arithmetic `<<` is a shift; after it, a here-doc again.
    expect(pendingHereDoc('echo $((1<<2)) $(( (1+1) << 3 ))')).toBeNull();
    expect(pendingHereDoc('echo $((1<<2)); cat <<END')).toEqual({ delimiter: 'END', line: 1 });
  });
});

describe('stdin sites of aws', () => {
  test.each([
    ['aws configure', [false]],
    ['aws configure < answers.txt', [true]],
    ['aws configure <<EOF\na\nEOF', [true]],
    ['printf "a\\n" | aws configure', [true]],
    ['aws configure list | cat', [false]],
    ['{ aws configure; } < /dev/null; aws configure list', [true, false]],
    ['echo aws', []],
  ])('%j', (input, expected) => {
    expect(stdinSites(parseScript(input))).toEqual(expected);
  });
});
