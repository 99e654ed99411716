// S3 exercise 4: move objects from one prefix to another, leaving the others where they are.
import {
  accountWithBuckets,
  configuredDefaultProfileFiles,
  defineExercise,
  s3Keys,
  s3Object,
} from '@/lib/grader';

const B = 'learner-invoices';
const INV_002 = 'invoice 002: 75.00 EUR\n';

export default defineExercise({
  id: 's3-move-prefix',
  title: 'Move the invoices to the archive',
  goal: `In the bucket \`${B}\`, move the two PDF invoices from \`incoming/\` to \`archive/\`, keeping their
names. \`incoming/notes.txt\` stays where it is. ("Folders" in S3 are only the start of the keys.)`,
  setup: {
    files: configuredDefaultProfileFiles(),
    account: accountWithBuckets([
      {
        name: B,
        region: 'eu-west-1',
        objects: {
          'archive/inv-000.pdf': 'invoice 000: 10.00 EUR\n',
          'incoming/inv-001.pdf': 'invoice 001: 42.00 EUR\n',
          'incoming/inv-002.pdf': INV_002,
          'incoming/notes.txt': 'call the bank\n',
        },
      },
    ]),
  },
  checks: [
    s3Keys({
      id: 'keys',
      label: 'The invoices are under `archive/`; `incoming/` holds only notes.txt',
      bucket: B,
      keys: ['archive/inv-000.pdf', 'archive/inv-001.pdf', 'archive/inv-002.pdf', 'incoming/notes.txt'],
    }),
    s3Object({
      id: 'content',
      label: '`archive/inv-002.pdf` is the invoice that was in `incoming/`',
      bucket: B,
      key: 'archive/inv-002.pdf',
      content: INV_002,
    }),
  ],
  hints: [
    '`aws s3 mv` copies and then deletes; from one prefix to another it needs `--recursive`.',
    'Keep notes.txt out with filters: `--exclude "*" --include "*.pdf"`, in that order.',
    `Run \`aws s3 mv s3://${B}/incoming/ s3://${B}/archive/ --recursive --exclude "*" --include "*.pdf"\`.`,
  ],
  solution: `aws s3 mv s3://${B}/incoming/ s3://${B}/archive/ --recursive --exclude "*" --include "*.pdf"\n`,
  alternatives: [
    {
      name: 'one mv per object',
      script: `aws s3 mv s3://${B}/incoming/inv-001.pdf s3://${B}/archive/inv-001.pdf\naws s3 mv s3://${B}/incoming/inv-002.pdf s3://${B}/archive/\n`,
    },
    {
      name: 'excluding the notes',
      script: `aws s3 mv s3://${B}/incoming s3://${B}/archive --recursive --exclude "notes.txt"\n`,
    },
    {
      name: 'cp then rm, with filters',
      script: `aws s3 cp s3://${B}/incoming/ s3://${B}/archive/ --recursive --exclude "*" --include "*.pdf"\naws s3 rm s3://${B}/incoming/ --recursive --exclude "*" --include "*.pdf"\n`,
    },
    {
      name: 'a loop over the names',
      script: `for n in inv-001 inv-002; do aws s3 mv "s3://${B}/incoming/$n.pdf" "s3://${B}/archive/$n.pdf"; done\n`,
    },
    {
      name: 'sync to the archive, then rm',
      script: `aws s3 sync s3://${B}/incoming s3://${B}/archive --exclude "*.txt"\naws s3 rm s3://${B}/incoming/inv-001.pdf\naws s3 rm s3://${B}/incoming/inv-002.pdf\n`,
    },
    {
      name: 'by way of a local download',
      script: `aws s3 cp s3://${B}/incoming/ tmp/ --recursive --exclude "*.txt"\naws s3 cp tmp/ s3://${B}/archive/ --recursive\naws s3 rm s3://${B}/incoming/ --recursive --exclude "notes.txt"\n`,
    },
  ],
  wrongAttempts: [
    {
      name: 'everything moved, notes included',
      script: `aws s3 mv s3://${B}/incoming/ s3://${B}/archive/ --recursive\n`,
      failsCheck: 'keys',
      message: 'is missing `incoming/notes.txt` (it has `archive/notes.txt` instead)',
    },
    {
      name: 'copied but not deleted',
      script: `aws s3 cp s3://${B}/incoming/ s3://${B}/archive/ --recursive --exclude "*" --include "*.pdf"\n`,
      failsCheck: 'keys',
      message: 'should not hold `incoming/inv-001.pdf`, `incoming/inv-002.pdf`',
    },
    {
      name: 'no --recursive on a prefix',
      script: `aws s3 mv s3://${B}/incoming/ s3://${B}/archive/ --exclude "*" --include "*.pdf"\n`,
      failsCheck: 'keys',
      message: 'is missing `archive/inv-001.pdf`, `archive/inv-002.pdf`',
    },
    {
      name: 'filters in the wrong order',
      script: `aws s3 mv s3://${B}/incoming/ s3://${B}/archive/ --recursive --include "*.pdf" --exclude "*"\n`,
      failsCheck: 'keys',
      message: 'is missing `archive/inv-001.pdf`, `archive/inv-002.pdf`',
    },
    {
      name: 'a typo in the destination prefix',
      script: `aws s3 mv s3://${B}/incoming/ s3://${B}/archvie/ --recursive --exclude "*" --include "*.pdf"\n`,
      failsCheck: 'keys',
      message: '(it has `archvie/inv-001.pdf`, `archvie/inv-002.pdf` instead)',
    },
    {
      name: 'no slash after archive for one object: the key becomes `archive`',
      script: `aws s3 mv s3://${B}/incoming/inv-001.pdf s3://${B}/archive\naws s3 mv s3://${B}/incoming/inv-002.pdf s3://${B}/archive\n`,
      failsCheck: 'keys',
      message: '(it has `archive` instead)',
    },
  ],
});
