import { describe, expect, test } from 'vitest';
import { makeState } from '../testing/snapshot';
import { exportedVariable, variableUnset } from './exported-variable';

const key = exportedVariable({
  id: 'k',
  label: 'k',
  name: 'AWS_ACCESS_KEY_ID',
  expected: 'AKIAIOSFODNN7EXAMPLE',
});

describe('exportedVariable', () => {
  test('passes when exported with the expected value', async () => {
    expect(await key.run(makeState({ exported: { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' } }))).toEqual({
      pass: true,
    });
  });

  test('set but not exported is its own message', async () => {
    const state = makeState({ variables: { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' } });
    expect(await key.run(state)).toEqual({
      pass: false,
      message:
        '`AWS_ACCESS_KEY_ID` is set but not exported, so programs such as `aws` cannot see it: run `export AWS_ACCESS_KEY_ID`.',
    });
  });

  test('a lowercase variable (what sourcing a hand-written file sets) is explained', async () => {
    const unexported = makeState({ variables: { aws_access_key_id: 'AKIAIOSFODNN7EXAMPLE' } });
    expect(await key.run(unexported)).toEqual({
      pass: false,
      message:
        '`aws_access_key_id` is set (and not exported), but the CLI reads only the uppercase `AWS_ACCESS_KEY_ID`.',
    });
    const exported = makeState({ exported: { aws_access_key_id: 'AKIAIOSFODNN7EXAMPLE' } });
    expect(await key.run(exported)).toEqual({
      pass: false,
      message: '`aws_access_key_id` is exported, but the CLI reads only the uppercase `AWS_ACCESS_KEY_ID`.',
    });
  });

  test('wrong, empty and missing values', async () => {
    expect(await key.run(makeState({ exported: { AWS_ACCESS_KEY_ID: 'AKIAI44QH8DHBEXAMPLE' } }))).toEqual({
      pass: false,
      message: '`AWS_ACCESS_KEY_ID` is `AKIAI44QH8DHBEXAMPLE`; expected `AKIAIOSFODNN7EXAMPLE`.',
    });
    expect(await key.run(makeState({ exported: { AWS_ACCESS_KEY_ID: '' } }))).toEqual({
      pass: false,
      message: '`AWS_ACCESS_KEY_ID` is exported but empty.',
    });
    expect(await key.run(makeState())).toEqual({
      pass: false,
      message: '`AWS_ACCESS_KEY_ID` is not set: `export AWS_ACCESS_KEY_ID=...`.',
    });
  });

  test('secret values are never printed', async () => {
    const secret = exportedVariable({
      id: 's',
      label: 's',
      name: 'AWS_SECRET_ACCESS_KEY',
      expected: 'A',
      secret: true,
    });
    expect(await secret.run(makeState({ exported: { AWS_SECRET_ACCESS_KEY: 'NOTTHEONE' } }))).toEqual({
      pass: false,
      message: '`AWS_SECRET_ACCESS_KEY` is exported but does not hold the issued value.',
    });
  });
});

describe('variableUnset', () => {
  const check = variableUnset({ id: 'u', label: 'u', name: 'AWS_ACCESS_KEY_ID' });
  test('passes only when neither exported nor set', async () => {
    expect(await check.run(makeState())).toEqual({ pass: true });
    expect(await check.run(makeState({ exported: { AWS_ACCESS_KEY_ID: 'x' } }))).toEqual({
      pass: false,
      message: '`AWS_ACCESS_KEY_ID` is still exported: `unset AWS_ACCESS_KEY_ID` removes it.',
    });
    expect(await check.run(makeState({ variables: { AWS_ACCESS_KEY_ID: 'x' } }))).toEqual({
      pass: false,
      message: '`AWS_ACCESS_KEY_ID` is still set (not exported): `unset AWS_ACCESS_KEY_ID` removes it.',
    });
  });
});

describe('variableUnset after an export', () => {
  const check = variableUnset({ id: 'u', label: 'u', name: 'AWS_ACCESS_KEY_ID', afterExport: true });
  const list = ['aws', 'configure', 'list'];
  test('fails until a program has received the variable, then passes once unset', async () => {
    expect(await check.run(makeState())).toEqual({
      pass: false,
      message:
        'No command has seen `AWS_ACCESS_KEY_ID` exported yet: export it and run a command, then remove it with `unset`.',
    });
    // Typed text does not count: only what programs received.
    const typed = makeState({ history: ['export AWS_ACCESS_KEY_ID=x', 'unset AWS_ACCESS_KEY_ID'] });
    expect(await check.run(typed)).toMatchObject({ pass: false });
    const done = makeState({ records: [{ argv: list, env: { AWS_ACCESS_KEY_ID: 'x' } }] });
    expect(await check.run(done)).toEqual({ pass: true });
    const stillSet = makeState({
      exported: { AWS_ACCESS_KEY_ID: 'x' },
      records: [{ argv: list, env: { AWS_ACCESS_KEY_ID: 'x' } }],
    });
    expect(await check.run(stillSet)).toMatchObject({ pass: false });
  });
});
