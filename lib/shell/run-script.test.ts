// runScript: `bash -s` semantics, including `read` taking the script's next line as bash does.
import { describe, expect, test } from 'vitest';
import { createSandbox } from './index';
import { runScript } from './run-script';

describe('runScript', () => {
  test('read takes the next line of the script; piped and here-string reads do not', async () => {
    const sandbox = await createSandbox();
    const result = await runScript(
      sandbox,
      'read name\nAda Lovelace\necho "hi $name"\necho x | read v; echo "[$v]"\nread w <<< here; echo $w\n',
    );
    expect(result).toEqual({ stdout: 'hi Ada Lovelace\n[]\nhere\n', stderr: '', exitCode: 0 });
  });

  test('read at the end of the script sees end of input (status 1)', async () => {
    // As in bash, `read` would take the following line itself: so it is the last line here.
    const result = await runScript(await createSandbox(), 'echo start\nread last\n');
    expect(result).toEqual({ stdout: 'start\n', stderr: '', exitCode: 1 });
  });

  test('a while-read loop over a file reads the file, not the script', async () => {
    const result = await runScript(
      await createSandbox(),
      'printf \'a\\nb\\n\' > f\nwhile read l; do echo "<$l>"; done < f\necho after\n',
    );
    expect(result.stdout).toBe('<a>\n<b>\nafter\n');
  });
});

describe('read at the terminal', () => {
  test('asks through the prompt channel with its -p text; -s is not echoed', async () => {
    const sandbox = await createSandbox();
    const asked: unknown[] = [];
    const result = await sandbox.run('read -s -p "Password: " pw; echo "got $pw"', {
      readLine: async (request) => {
        asked.push(request);
        return 'secret';
      },
    });
    expect(asked).toEqual([{ prompt: 'Password: ', echo: false }]);
    expect(result.stdout).toBe('got secret\n');
  });
});
