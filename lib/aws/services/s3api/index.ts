// `aws s3api`: every operation of the real CLI; the simulated ones come from botocore's S3 model plus one
// handler each (lib/aws/services/s3/s3api-handlers.ts).
import type { ServiceDeclaration } from '../../cli/command';
import { s3apiCommand } from '../s3/s3api-command';
import { S3API_HANDLERS } from '../s3/s3api-handlers';
import MODEL from '../s3/s3api-model.json';

export const service: ServiceDeclaration = {
  name: 's3api',
  slot: 'operation',
  choices: MODEL.choices,
  commands: Object.entries(S3API_HANDLERS).map(([operation, handler]) => s3apiCommand(operation, handler)),
  serviceStyle: true,
};
