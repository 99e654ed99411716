// botocore's shared-file parsing rules and the errors that make the CLI refuse a file.
import { describe, expect, test } from 'vitest';
import { parseSharedFile } from './parse-shared-file';

function sections(text: string) {
  const result = parseSharedFile(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.sections;
}

describe('parseSharedFile (botocore rules)', () => {
  test('reads sections, strips values and lower-cases keys', () => {
    const parsed = sections('[default]\nAWS_ACCESS_KEY_ID =  AKIA  \nregion:eu-west-1\n');
    expect(parsed.get('default')).toEqual(
      new Map([
        ['aws_access_key_id', 'AKIA'],
        ['region', 'eu-west-1'],
      ]),
    );
  });

  test('full-line comments are skipped but an inline # stays part of the value', () => {
    const parsed = sections('# top\n[default]\n; note\nregion = us-east-1 # mine\n');
    expect(parsed.get('default')?.get('region')).toBe('us-east-1 # mine');
  });

  test('section headers keep their text, so [profile dev] is a separate name', () => {
    const parsed = sections('[profile dev]\nregion = x\n[dev]\nregion = y\n');
    expect([...parsed.keys()]).toEqual(['profile dev', 'dev']);
  });

  test('an indented block after `s3 =` becomes a nested map', () => {
    const parsed = sections('[default]\ns3 =\n  max_concurrent_requests = 20\n  addressing_style = path\n');
    expect(parsed.get('default')?.get('s3')).toEqual(
      new Map([
        ['max_concurrent_requests', '20'],
        ['addressing_style', 'path'],
      ]),
    );
  });

  test('an indented line continues the previous value', () => {
    const parsed = sections('[default]\nregion = us-east-1\n  more\n');
    expect(parsed.get('default')?.get('region')).toBe('us-east-1\nmore');
  });

  test('[DEFAULT] values appear in every section', () => {
    const parsed = sections('[DEFAULT]\noutput = text\n[default]\nregion = x\n');
    expect(parsed.has('DEFAULT')).toBe(false);
    expect(parsed.get('default')?.get('output')).toBe('text');
  });

  test('CRLF line ends are fine', () => {
    expect(sections('[default]\r\nregion = x\r\n').get('default')?.get('region')).toBe('x');
  });

  test.each([
    ['a key before any section', 'region = x\n', 'missing-section-header', 1],
    ['a line without = or :', '[default]\nregion\n', 'line-without-delimiter', 2],
    ['an unterminated header', '[default\nregion = x\n', 'missing-section-header', 1],
    ['a duplicate section', '[a]\nx = 1\n[a]\n', 'duplicate-section', 3],
    ['a duplicate key', '[a]\nx = 1\nX = 2\n', 'duplicate-key', 3],
    ['shell export lines', '[default]\nexport AWS_PROFILE\n', 'line-without-delimiter', 2],
  ])('%s is a parse error', (_name, text, kind, line) => {
    const result = parseSharedFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind, line });
  });

  test('a nested block with a line without = is a parse error', () => {
    const result = parseSharedFile('[default]\ns3 =\n  broken\n');
    expect(result.ok).toBe(false);
  });

  test('undecodable bytes are a parse error', () => {
    expect(parseSharedFile('[default]\nregion = \uFFFD\n').ok).toBe(false);
  });

  test('an empty file has no sections', () => {
    expect(sections('').size).toBe(0);
  });
});
