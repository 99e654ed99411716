import { describe, expect, test } from 'vitest';
import { syntaxStop } from './syntax-stop';

// Expected texts as bash 5.2 prints them for `source FILE` (recorded in fixtures sourcing-syntax-*).
describe('syntaxStop: what bash runs of a file with a syntax error, and what it prints', () => {
  test('a bad token: the lines before it run, the line is named and quoted', () => {
    expect(syntaxStop('echo first\nx=1\nif then\necho never\n', 'a.sh')).toEqual({
      prefix: 'echo first\nx=1',
      message: "a.sh: line 3: syntax error near unexpected token `then'\na.sh: line 3: `if then'\n",
    });
  });

  test('a multi-line command before the error runs; the quoted line keeps its indent', () => {
    expect(syntaxStop('f() {\n  echo in\n}\nif true; then\n  fi fi\nfi\n', 'b.sh')).toEqual({
      prefix: 'f() {\n  echo in\n}',
      message: "b.sh: line 5: syntax error near unexpected token `fi'\nb.sh: line 5: `  fi fi'\n",
    });
  });

  test('nothing of the bad line runs, even the commands before the error on it', () => {
    expect(syntaxStop('echo ok; if then\n', 'g.sh')?.prefix).toBe('');
  });

  test('a stray ) that just-bash would only report when it runs', () => {
    expect(syntaxStop('echo a\necho done )\necho b\n', 'd.sh')).toEqual({
      prefix: 'echo a',
      message: "d.sh: line 2: syntax error near unexpected token `)'\nd.sh: line 2: `echo done )'\n",
    });
  });

  test('an unfinished command at the end of the file: the line after the last', () => {
    expect(syntaxStop('echo one\nif true; then\n  echo two\n', 'u.sh')).toEqual({
      prefix: 'echo one',
      message: 'u.sh: line 4: syntax error: unexpected end of file\n',
    });
    // Without a final newline bash still counts one line past the end.
    expect(syntaxStop('echo one\nif true; then', 'u.sh')?.message).toBe(
      'u.sh: line 3: syntax error: unexpected end of file\n',
    );
  });

  test('an open quote is reported on the line where it opened', () => {
    expect(syntaxStop('echo q1\nf() {\n  echo "open\n}\n', 'q.sh')).toEqual({
      prefix: 'echo q1',
      message: 'q.sh: line 3: unexpected EOF while looking for matching `"\'\n',
    });
  });

  test('a here-document body is not read as commands', () => {
    expect(syntaxStop('cat <<EOF\nif then\nEOF\nfi\n', 'h.sh')).toEqual({
      prefix: 'cat <<EOF\nif then\nEOF',
      message: "h.sh: line 4: syntax error near unexpected token `fi'\nh.sh: line 4: `fi'\n",
    });
  });

  test('a file that parses has nothing to stop at', () => {
    expect(syntaxStop('echo a\nif true; then\n  echo b\nfi\n', 'ok.sh')).toBeNull();
  });
});
