// S3 exercise 7: empty a bucket and remove it, without touching the bucket next to it.
import {
  accountWithBuckets,
  configuredDefaultProfileFiles,
  defineExercise,
  s3Bucket,
  s3Keys,
} from '@/lib/grader';

const OLD = 'learner-old-logs';
const KEEP = 'learner-old-logs-archive';

export default defineExercise({
  id: 's3-remove-bucket',
  title: 'Remove a bucket that is not empty',
  goal: `The bucket \`${OLD}\` is no longer needed: delete it, with everything in it. Its neighbour
\`${KEEP}\` stays exactly as it is.`,
  setup: {
    files: configuredDefaultProfileFiles(),
    account: accountWithBuckets([
      {
        name: OLD,
        region: 'eu-west-1',
        objects: { '2025/11.log': 'november\n', '2025/12.log': 'december\n', 'README.txt': 'old logs\n' },
      },
      { name: KEEP, region: 'eu-west-1', objects: { '2024/all.tar': 'archive\n' } },
    ]),
  },
  checks: [
    s3Bucket({ id: 'gone', label: `Bucket \`${OLD}\` no longer exists`, bucket: OLD, exists: false }),
    s3Keys({
      id: 'kept',
      label: `\`${KEEP}\` still holds its archive`,
      bucket: KEEP,
      keys: ['2024/all.tar'],
    }),
  ],
  hints: [
    '`aws s3 rb` removes a bucket, but only an empty one.',
    '`--force` deletes every object first; `aws s3 rm s3://BUCKET --recursive` does the emptying on its own.',
    `Run \`aws s3 rb s3://${OLD} --force\`.`,
  ],
  solution: `aws s3 rb s3://${OLD} --force\n`,
  alternatives: [
    { name: 'rm --recursive, then rb', script: `aws s3 rm s3://${OLD} --recursive\naws s3 rb s3://${OLD}\n` },
    {
      name: 's3api delete-object for each key, then delete-bucket',
      script: `for k in 2025/11.log 2025/12.log README.txt; do aws s3api delete-object --bucket ${OLD} --key $k; done\naws s3api delete-bucket --bucket ${OLD}\n`,
    },
    {
      name: 'rm --recursive, then s3api delete-bucket',
      script: `aws s3 rm s3://${OLD}/ --recursive\naws s3api delete-bucket --bucket ${OLD}\n`,
    },
    {
      name: 'a dry run first',
      script: `aws s3 rm s3://${OLD} --recursive --dryrun\naws s3 rb s3://${OLD} --force\n`,
    },
    {
      name: 'a failed rb, then --force',
      script: `aws s3 rb s3://${OLD}\naws s3 rb s3://${OLD} --force\n`,
    },
    {
      name: 'one rm per object, then rb',
      script: `aws s3 rm s3://${OLD}/2025/11.log\naws s3 rm s3://${OLD}/2025/12.log\naws s3 rm s3://${OLD}/README.txt\naws s3 rb s3://${OLD}\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'rb without --force on a bucket that is not empty',
      script: `aws s3 rb s3://${OLD}\n`,
      failsCheck: 'gone',
      message: `Bucket \`${OLD}\` still exists and still holds 3 objects`,
    },
    {
      name: 'emptied but not removed',
      script: `aws s3 rm s3://${OLD} --recursive\n`,
      failsCheck: 'gone',
      message: `Bucket \`${OLD}\` still exists: \`aws s3 rb s3://${OLD} --force\``,
    },
    {
      name: 'rm of the bucket without --recursive',
      script: `aws s3 rm s3://${OLD}\naws s3 rb s3://${OLD}\n`,
      failsCheck: 'gone',
      message: 'still holds 3 objects',
    },
    {
      name: 's3api delete-bucket on a bucket that is not empty',
      script: `aws s3api delete-bucket --bucket ${OLD}\n`,
      failsCheck: 'gone',
      message: 'still holds 3 objects',
    },
    {
      name: 'only the logs emptied: README.txt is left',
      script: `aws s3 rm s3://${OLD} --recursive --exclude "*" --include "*.log"\naws s3 rb s3://${OLD}\n`,
      failsCheck: 'gone',
      message: 'still holds 1 object:',
    },
    {
      name: 'the neighbour removed instead',
      script: `aws s3 rb s3://${KEEP} --force\n`,
      failsCheck: 'kept',
      message: `There is no bucket \`${KEEP}\`.`,
    },
    {
      name: 'both buckets removed with a loop',
      script: `for b in ${OLD} ${KEEP}; do aws s3 rb s3://$b --force; done\n`,
      failsCheck: 'kept',
      message: `There is no bucket \`${KEEP}\`.`,
    },
  ],
});
