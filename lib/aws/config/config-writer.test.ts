// The ConfigFileWriter port: created files and modes, appended sections, in-place updates.
import { describe, expect, test } from 'vitest';
import { MemoryFileSystem } from '../testing/memory-fs';
import { updateConfigFile } from './config-writer';

const PATH = '/home/learner/.aws/config';

async function write(initial: string | null, section: string, values: Record<string, string>) {
  const fs = new MemoryFileSystem();
  await fs.mkdirp('/home/learner');
  if (initial !== null) await fs.seed('/home/learner', { '.aws/config': { content: initial, mode: 0o644 } });
  await updateConfigFile(fs, PATH, section, new Map(Object.entries(values)));
  return fs;
}

describe('updateConfigFile (the CLI ConfigFileWriter)', () => {
  test('creates the directory (0755) and the file (0600) with `key = value` lines', async () => {
    const fs = await write(null, 'default', { region: 'eu-west-1', output: 'json' });
    expect(fs.dump('/home/learner')).toEqual({
      '.aws': { type: 'directory', mode: 0o755 },
      '.aws/config': { content: '[default]\nregion = eu-west-1\noutput = json\n', mode: 0o600 },
    });
  });

  test('appends a new section with no blank line, adding a missing final newline first', async () => {
    const fs = await write('[default]\nregion = x', 'profile dev', { region: 'y' });
    expect(await fs.readFile(PATH)).toBe('[default]\nregion = x\n[profile dev]\nregion = y\n');
  });

  test('rewrites an existing key in place and keeps comments and the mode', async () => {
    const fs = await write('# mine\n[default]\nregion=us-east-1\n; keep\noutput = json\n', 'default', {
      region: 'eu-west-1',
    });
    expect(await fs.readFile(PATH)).toBe('# mine\n[default]\nregion = eu-west-1\n; keep\noutput = json\n');
    expect(fs.dump('/home/learner')['.aws/config']).toMatchObject({ mode: 0o644 });
  });

  test('adds a new key after the last option of its section', async () => {
    const fs = await write('[default]\nregion = x\n\n[profile dev]\nregion = y\n', 'default', {
      output: 'text',
    });
    expect(await fs.readFile(PATH)).toBe(
      '[default]\nregion = x\noutput = text\n\n[profile dev]\nregion = y\n',
    );
  });

  test('at the end of the file a new key lands after one trailing line, as the CLI does', async () => {
    const fs = await write('[default]\nregion = x\n\n', 'default', { output: 'text' });
    expect(await fs.readFile(PATH)).toBe('[default]\nregion = x\n\noutput = text\n');
  });

  test('an indented header is not the section, so a new one is appended', async () => {
    const fs = await write('  [default]\nregion = x\n', 'default', { output: 'text' });
    expect(await fs.readFile(PATH)).toBe('  [default]\nregion = x\n[default]\noutput = text\n');
  });

  test('a nested value writes an indented block', async () => {
    const fs = new MemoryFileSystem();
    await fs.mkdirp('/home/learner/.aws');
    await updateConfigFile(
      fs,
      PATH,
      'default',
      new Map([['s3', new Map([['max_concurrent_requests', '20']])]]),
    );
    expect(await fs.readFile(PATH)).toBe('[default]\ns3 =\n    max_concurrent_requests = 20\n');
  });
});
