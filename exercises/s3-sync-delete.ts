// S3 exercise 3: make a bucket an exact mirror of a folder with sync --delete.
import {
  accountWithBuckets,
  configuredDefaultProfileFiles,
  defineExercise,
  s3Keys,
  s3Object,
} from '@/lib/grader';

const B = 'learner-site';
const NEW_INDEX = '<h1>Summer sale</h1>\n';

export default defineExercise({
  id: 's3-sync-delete',
  title: 'Mirror a folder, deletions included',
  goal: `The bucket \`${B}\` serves an old copy of the site in \`~/site\`: since then \`index.html\` changed,
\`contact.html\` is new and \`old-offer.html\` was deleted locally. Make the bucket an **exact copy** of
\`~/site\` (the files at the top of the bucket, no prefix): new and changed files uploaded, and the object
whose file was deleted removed.`,
  setup: {
    files: {
      ...configuredDefaultProfileFiles(),
      '~/site/index.html': NEW_INDEX,
      '~/site/about.html': '<h1>About us</h1>\n',
      '~/site/contact.html': '<h1>Contact</h1>\n',
    },
    account: accountWithBuckets([
      {
        name: B,
        region: 'eu-west-1',
        objects: {
          'index.html': '<h1>Spring sale</h1>\n',
          'about.html': '<h1>About us</h1>\n',
          'old-offer.html': '<h1>Winter offer</h1>\n',
        },
      },
    ]),
  },
  checks: [
    s3Keys({
      id: 'same-files',
      label: `\`s3://${B}\` holds exactly the files of \`~/site\``,
      bucket: B,
      keys: ['index.html', 'about.html', 'contact.html'],
    }),
    s3Object({
      id: 'index-updated',
      label: '`index.html` in the bucket is the new one',
      bucket: B,
      key: 'index.html',
      content: NEW_INDEX,
    }),
  ],
  hints: [
    '`aws s3 sync` uploads what is new or changed; it deletes nothing unless asked.',
    '`--delete` removes objects whose file no longer exists in the source folder.',
    `Run \`aws s3 sync ~/site s3://${B} --delete\`.`,
  ],
  solution: `aws s3 sync ~/site s3://${B} --delete\n`,
  alternatives: [
    { name: 'from inside the folder', script: `cd site\naws s3 sync . s3://${B}/ --delete\n` },
    {
      name: 'sync, then rm the old object',
      script: `aws s3 sync site s3://${B}\naws s3 rm s3://${B}/old-offer.html\n`,
    },
    {
      name: 'cp --recursive, then rm',
      script: `aws s3 cp site s3://${B}/ --recursive\naws s3 rm s3://${B}/old-offer.html\n`,
    },
    {
      name: 'empty the bucket, then copy everything',
      script: `aws s3 rm s3://${B} --recursive\naws s3 cp site s3://${B} --recursive\n`,
    },
    {
      name: 'a dry run first',
      script: `aws s3 sync site s3://${B} --delete --dryrun\naws s3 sync site s3://${B} --delete\n`,
    },
    {
      name: 's3api put-object and delete-object',
      script: `for f in index.html contact.html; do aws s3api put-object --bucket ${B} --key $f --body site/$f; done\naws s3api delete-object --bucket ${B} --key old-offer.html\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'sync without --delete',
      script: `aws s3 sync site s3://${B}\n`,
      failsCheck: 'same-files',
      message: `should not hold \`old-offer.html\`: remove it with \`aws s3 rm\``,
    },
    {
      name: '--size-only misses a change of the same size',
      script: `aws s3 sync site s3://${B} --delete --size-only\n`,
      failsCheck: 'index-updated',
      message: 'holds "<h1>Spring sale</h1>\\n", not the expected content',
    },
    {
      name: 'the wrong direction',
      script: `aws s3 sync s3://${B} site --delete\n`,
      failsCheck: 'same-files',
      message: 'is missing `contact.html`',
    },
    {
      name: 'into a prefix instead of the top of the bucket',
      script: `aws s3 sync site s3://${B}/site --delete\n`,
      failsCheck: 'same-files',
      message: 'is missing `contact.html`',
    },
    {
      name: 'cp --recursive alone',
      script: `aws s3 cp site s3://${B} --recursive\n`,
      failsCheck: 'same-files',
      message: 'should not hold `old-offer.html`',
    },
    {
      name: 'only the dry run',
      script: `aws s3 sync site s3://${B} --delete --dryrun\n`,
      failsCheck: 'same-files',
      message: 'is missing `contact.html`',
    },
  ],
});
