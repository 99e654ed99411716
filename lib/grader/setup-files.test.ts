import { expect, test } from 'vitest';
import { configFileText, credentialsFileText } from './setup-files';

test('setup files are written like aws configure writes them', () => {
  expect(
    credentialsFileText({
      default: { accessKeyId: 'A', secretAccessKey: 'S' },
      example_1: { accessKeyId: 'B', secretAccessKey: 'T' },
    }),
  ).toBe(
    '[default]\naws_access_key_id = A\naws_secret_access_key = S\n[example_1]\naws_access_key_id = B\naws_secret_access_key = T\n',
  );
  expect(
    configFileText({ default: { region: 'eu-west-1', output: 'json' }, example_1: { region: 'eu-west-3' } }),
  ).toBe('[default]\nregion = eu-west-1\noutput = json\n[profile example_1]\nregion = eu-west-3\n');
});
