// `aws s3api`: every operation of the real CLI and the ones simulated here (one file each).
import type { ServiceDeclaration } from '../../cli/command';
import { createBucketCommand } from './create-bucket';
import { deleteBucketPolicy } from './delete-bucket-policy';
import { deleteBucket } from './delete-bucket';
import { deleteObject } from './delete-object';
import { getBucketLifecycleConfiguration } from './get-bucket-lifecycle-configuration';
import { getBucketPolicy } from './get-bucket-policy';
import { getBucketVersioning } from './get-bucket-versioning';
import { getObject } from './get-object';
import { headBucket } from './head-bucket';
import { headObject } from './head-object';
import { listBuckets } from './list-buckets';
import { listObjectVersions } from './list-object-versions';
import { listObjectsV2 } from './list-objects-v2';
import { CHOICES } from './model.generated';
import { putBucketLifecycleConfiguration } from './put-bucket-lifecycle-configuration';
import { putBucketPolicy } from './put-bucket-policy';
import { putBucketVersioning } from './put-bucket-versioning';
import { putObject } from './put-object';
import { putPublicAccessBlock } from './put-public-access-block';

export const service: ServiceDeclaration = {
  name: 's3api',
  slot: 'operation',
  choices: CHOICES,
  commands: [
    createBucketCommand,
    listBuckets,
    headBucket,
    deleteBucket,
    putObject,
    getObject,
    headObject,
    deleteObject,
    listObjectsV2,
    listObjectVersions,
    putBucketPolicy,
    getBucketPolicy,
    deleteBucketPolicy,
    putBucketVersioning,
    getBucketVersioning,
    putBucketLifecycleConfiguration,
    getBucketLifecycleConfiguration,
    putPublicAccessBlock,
  ],
  serviceStyle: true,
};
