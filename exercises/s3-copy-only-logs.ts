// S3 exercise 2: copy a folder recursively, but only its *.log files, keeping the folder structure.
import { accountWithBuckets, configuredDefaultProfileFiles, defineExercise, s3Keys } from '@/lib/grader';

const B = 'learner-app-logs';
const LOGS = ['app/server.log', 'app/worker.log', 'app/old/2025-12.log'];

export default defineExercise({
  id: 's3-copy-only-logs',
  title: 'Only the log files',
  goal: `\`~/app\` holds logs next to configuration and notes, some in a subfolder. Copy **every \`.log\` file
of \`~/app\`, and nothing else**, to the bucket \`${B}\` under the prefix \`app/\`, keeping the folders:
\`~/app/old/2025-12.log\` becomes \`s3://${B}/app/old/2025-12.log\`.`,
  setup: {
    files: {
      ...configuredDefaultProfileFiles(),
      '~/app/server.log': 'GET / 200\nGET /health 200\n',
      '~/app/worker.log': 'job 17 done\n',
      '~/app/config.yml': 'port: 8080\n',
      '~/app/README.md': '# app\n',
      '~/app/old/2025-12.log': 'GET / 500\n',
      '~/app/tmp/debug.txt': 'trace\n',
    },
    account: accountWithBuckets([{ name: B, region: 'eu-west-1' }]),
  },
  checks: [
    s3Keys({
      id: 'only-logs',
      label: `\`s3://${B}\` holds the three logs under \`app/\` and nothing else`,
      bucket: B,
      keys: LOGS,
    }),
  ],
  hints: [
    '`--recursive` copies a whole folder; `--exclude` and `--include` filter it, and the filter given last wins.',
    'Exclude everything first, then include the pattern: `--exclude "*" --include "*.log"` (quoted, so the shell leaves the stars alone).',
    `Run \`aws s3 cp ~/app s3://${B}/app/ --recursive --exclude "*" --include "*.log"\`.`,
  ],
  solution: `aws s3 cp ~/app s3://${B}/app/ --recursive --exclude "*" --include "*.log"\n`,
  alternatives: [
    {
      name: 'sync with the same filters',
      script: `aws s3 sync app s3://${B}/app --exclude "*" --include "*.log"\n`,
    },
    {
      name: 'cd into the folder',
      script: `cd app\naws s3 cp . s3://${B}/app/ --recursive --exclude '*' --include '*.log'\n`,
    },
    {
      name: 'a loop over find',
      script: `for f in $(find app -name '*.log'); do aws s3 cp "$f" "s3://${B}/$f"; done\n`,
    },
    {
      name: 'one cp per file',
      script: `aws s3 cp app/server.log s3://${B}/app/server.log\naws s3 cp app/worker.log s3://${B}/app/\naws s3 cp app/old/2025-12.log s3://${B}/app/old/2025-12.log\n`,
    },
    {
      name: 'excluding each other kind of file',
      script: `aws s3 cp app s3://${B}/app --recursive --exclude "*.yml" --exclude "*.md" --exclude "tmp/*"\n`,
    },
    {
      name: 'everything, then remove what is not a log',
      script: `aws s3 cp app s3://${B}/app/ --recursive\naws s3 rm s3://${B}/app/ --recursive --exclude "*.log"\n`,
    },
    {
      name: 'a dry run first',
      script: `aws s3 cp app s3://${B}/app/ --recursive --exclude "*" --include "*.log" --dryrun\naws s3 cp app s3://${B}/app/ --recursive --exclude "*" --include "*.log"\n`,
    },
  ],
  wrongAttempts: [
    {
      name: '--include before --exclude: the exclude wins',
      script: `aws s3 cp app s3://${B}/app/ --recursive --include "*.log" --exclude "*"\n`,
      failsCheck: 'only-logs',
      message: `\`s3://${B}/\` holds no objects yet`,
    },
    {
      name: '--include alone filters nothing out',
      script: `aws s3 cp app s3://${B}/app/ --recursive --include "*.log"\n`,
      failsCheck: 'only-logs',
      message: `should not hold \`app/README.md\`, \`app/config.yml\`, \`app/tmp/debug.txt\``,
    },
    {
      name: 'no --recursive',
      script: `aws s3 cp app s3://${B}/app/ --exclude "*" --include "*.log"\n`,
      failsCheck: 'only-logs',
      message: `\`s3://${B}/\` holds no objects yet`,
    },
    {
      name: 'a glob that misses the subfolder',
      script: `for f in app/*.log; do aws s3 cp "$f" "s3://${B}/$f"; done\n`,
      failsCheck: 'only-logs',
      message: `is missing \`app/old/2025-12.log\``,
    },
    {
      name: 'no prefix on the destination',
      script: `aws s3 cp app s3://${B}/ --recursive --exclude "*" --include "*.log"\n`,
      failsCheck: 'only-logs',
      message: `is missing \`app/old/2025-12.log\`, \`app/server.log\`, \`app/worker.log\` (it has \`old/2025-12.log\`, \`server.log\`, \`worker.log\` instead)`,
    },
    {
      name: 'the folder name inside the pattern (filters are relative to the source)',
      script: `aws s3 cp app s3://${B}/app/ --recursive --exclude "*" --include "app/*.log"\n`,
      failsCheck: 'only-logs',
      message: `\`s3://${B}/\` holds no objects yet`,
    },
  ],
});
