// `aws s3api head-object` (S3 API reference: HeadObject): the object's headers, or 403 / 404 without a body.
import { s3apiCommand } from './define';
import { headFields, objectHead } from './object-head';

export const headObject = s3apiCommand('head-object', {
  summary: "Retrieves an object's metadata without the object itself.",
  run: (input, caller) => headFields(objectHead(input, caller, 'HeadObject')),
});
