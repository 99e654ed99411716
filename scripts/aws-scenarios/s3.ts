// Scenarios: `aws s3 ls` against the loopback stub, and the no-credentials case for real.
import { KEY1, SECRET1, SECRET2, envKey2, homeWithDefault, type ScenarioArea } from './types';

const ls = (...args: string[]) => ({ args: ['s3', 'ls', ...args] });

export const s3Area: ScenarioArea = {
  area: 's3',
  scenarios: [
    { name: 'no-credentials', description: 'No credentials: exit 253 before any request.', steps: [ls()] },
    {
      name: 'list-buckets',
      description: "sample_user's buckets, one per line with the date in UTC.",
      files: homeWithDefault,
      stub: true,
      steps: [ls()],
    },
    {
      name: 'list-buckets-second-user',
      description: "example_1's buckets.",
      env: envKey2,
      stub: true,
      steps: [ls()],
    },
    {
      name: 'output-option-ignored',
      description: '`--output json` does not change the s3 ls listing.',
      files: homeWithDefault,
      stub: true,
      steps: [ls('--output', 'json')],
    },
    {
      name: 'invalid-access-key-id',
      description: "A key that was never issued: InvalidAccessKeyId with S3's wording.",
      env: { AWS_ACCESS_KEY_ID: 'AKIAEXAMPLENOTISSUED', AWS_SECRET_ACCESS_KEY: SECRET1 },
      stub: true,
      steps: [ls()],
    },
    {
      name: 'signature-does-not-match',
      description: 'An issued key with the wrong secret.',
      env: { AWS_ACCESS_KEY_ID: KEY1, AWS_SECRET_ACCESS_KEY: SECRET2 },
      stub: true,
      steps: [ls()],
    },
    {
      name: 'invalid-token',
      description: 'A session token that was never issued.',
      env: {
        AWS_ACCESS_KEY_ID: KEY1,
        AWS_SECRET_ACCESS_KEY: SECRET1,
        AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLETOKEN',
      },
      stub: true,
      steps: [ls()],
    },
    {
      name: 'no-region-offline',
      description: 'No region, network closed: the endpoint tried is s3.amazonaws.com.',
      env: { AWS_ACCESS_KEY_ID: KEY1, AWS_SECRET_ACCESS_KEY: SECRET1 },
      offline: true,
      steps: [ls()],
    },
    {
      name: 's3-no-args-is-usage',
      description: '`aws s3` alone.',
      steps: [{ args: ['s3'] }],
    },
  ],
};
