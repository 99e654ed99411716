// The recorded bash fixtures match their scenarios, are safe to replay and leak nothing from the recording machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { bashScenarios, HOSTILE_PATTERN } from './bash-scenarios/index';

const root = join(__dirname, '..', 'lib', 'shell', 'fixtures', 'bash');
const onDisk = readdirSync(root).filter((f) => f.endsWith('.json'));
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

test('the hostile-input guard catches fork bombs, endless loops and endless streams', () => {
  for (const bad of [
    ':(){ :|:& };:',
    'yes',
    'yes | cat',
    'yes x | tee f',
    'while true; do :; done',
    'cat /dev/zero',
  ]) {
    expect(bad).toMatch(HOSTILE_PATTERN);
  }
  expect('echo yes && true').not.toMatch(HOSTILE_PATTERN);
  // head ends the stream: yes gets SIGPIPE.
  expect('yes | head -3').not.toMatch(HOSTILE_PATTERN);
  expect('yes hello | head -n 2').not.toMatch(HOSTILE_PATTERN);
});

test('there are at least 60 scenarios and every fixture file belongs to one', () => {
  expect(bashScenarios.length).toBeGreaterThanOrEqual(60);
  expect(onDisk.slice().sort()).toEqual(bashScenarios.map((s) => `${s.name}.json`).sort());
});

test.each(bashScenarios)('$name was recorded from the current script', (spec) => {
  const fixture = read(`${spec.name}.json`);
  expect(fixture.script).toBe(spec.script);
  expect(fixture.description).toBe(spec.description);
  expect(Object.keys(fixture.setup.files).sort()).toEqual(Object.keys(spec.files ?? {}).sort());
});

test.each(onDisk)('%s is clean and safe', (file) => {
  const text = readFileSync(join(root, file), 'utf8');
  const fixture = read(file);
  expect(text).not.toMatch(/bashrec-|\/tmp\/tmp\./);
  expect(fixture.stderr).not.toMatch(/job control|cannot set terminal process group/);
  expect(fixture.stderr).not.toMatch(/(^|\n)exit\n$/);
  // Scripts only ever run in real bash if they are harmless: no endless loops, no fork bombs.
  expect(fixture.script).not.toMatch(HOSTILE_PATTERN);
  expect(fixture.script).not.toMatch(/\/home\/learner/);
});
