// `aws s3api get-object` (S3 API reference: GetObject): the body goes to the positional outfile.
import { localFiles } from '../s3/local-files';
import { objectBytes } from '../s3/store';
import { s3apiCommand } from './define';
import { headFields, objectHead } from './object-head';

export const getObject = s3apiCommand('get-object', {
  summary: 'Retrieves an object from Amazon S3 into the outfile.',
  async run(input, caller, call) {
    const found = objectHead(input, caller, 'GetObject');
    await localFiles(call.ctx.invocation.fs).write(call.outfile!, objectBytes(found.object));
    return headFields(found);
  },
});
