// How an `aws s3api` operation is declared: its CLI name, a summary, and one function answering it as the
// authenticated caller (each function authorizes its actions itself, with the bucket policy).
import type { AwsCommand } from '../../cli/command';
import { EXIT, generalError } from '../../cli/errors';
import { operationCommand, ServiceError, type OperationCall } from '../operation';
import { paramValidationMessage } from '../s3/bucket-ops';
import {
  authorizeS3,
  bucketArn,
  callerOf,
  requireBucket,
  S3_ERRORS,
  S3Error,
  type S3Caller,
} from '../s3/call';
import type { SimulatedBucket } from '../../types';
import { OPERATIONS } from './model.generated';

/** One S3 operation: `run` answers one request (throwing S3Error for S3's errors). */
export interface S3apiOperation {
  summary: string;
  run(
    input: Record<string, unknown>,
    caller: S3Caller,
    call: OperationCall,
  ): Record<string, unknown> | Promise<Record<string, unknown>>;
}

export function s3apiCommand(cli: string, operation: S3apiOperation): AwsCommand {
  const model = OPERATIONS[cli];
  if (!model) throw new Error(`s3api ${cli} is not in scripts/aws-models.ts`);
  return operationCommand(cli, {
    service: 's3',
    command: 's3api',
    model,
    summary: operation.summary,
    errors: S3_ERRORS,
    check(input) {
      // botocore's own bucket name check (before any request).
      const problem = typeof input.Bucket === 'string' ? paramValidationMessage(input.Bucket) : null;
      if (problem) throw generalError(problem, EXIT.usage);
    },
    permission: () => null,
    async run(input, call) {
      try {
        return await operation.run(input, await callerOf(call.ctx, call.principal), call);
      } catch (error) {
        if (error instanceof S3Error) throw new ServiceError(error.code, error.detail);
        throw error;
      }
    },
  });
}

/** A parameter's text ('' when absent). */
export const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The request's bucket, once `action` is allowed on it. */
export function bucketFor(
  input: Record<string, unknown>,
  caller: S3Caller,
  operation: string,
  action: string,
): SimulatedBucket {
  const bucket = requireBucket(caller, str(input.Bucket), operation);
  authorizeS3(caller, action, bucketArn(bucket.name), operation, bucket);
  return bucket;
}

/** The listing parameters ListObjectsV2 and ListObjectVersions share (MaxKeys is at most 1,000). */
export function listingInput(input: Record<string, unknown>) {
  return {
    prefix: str(input.Prefix),
    delimiter: str(input.Delimiter),
    maxKeys: Math.min(typeof input.MaxKeys === 'number' ? input.MaxKeys : 1000, 1000),
  };
}
