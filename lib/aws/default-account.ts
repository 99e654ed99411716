// The account a sandbox starts with when an exercise issues no keys of its own.
// Keys are AWS's documented example keys: never real credentials.
import type { SimulatedAccount } from './types';

export const defaultAccount: SimulatedAccount = {
  accountId: '123456789012',
  users: [
    {
      userName: 'sample_user',
      userId: 'AIDAJQABLZS4A3QDU576Q',
      accessKeys: [
        { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
      ],
      buckets: [
        { name: 'sample-user-camera-uploads', creationDate: '2024-03-01T09:30:00+00:00' },
        { name: 'sample-user-terraform-state', creationDate: '2024-05-17T14:02:11+00:00' },
      ],
    },
    {
      userName: 'example_1',
      userId: 'AIDAI23HXD2O5EXAMPLE',
      accessKeys: [
        { accessKeyId: 'AKIAI44QH8DHBEXAMPLE', secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' },
      ],
      buckets: [{ name: 'example-1-reports', creationDate: '2024-06-02T08:00:00+00:00' }],
    },
  ],
};
