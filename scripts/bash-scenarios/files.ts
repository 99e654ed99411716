// Scenarios: cd, pwd, ls, cat, chmod, stat, grep, mkdir, rm, echo/printf, wc, head/tail.
import { AWS_CREDENTIALS, type BashScenario } from './types';

const awsHome = {
  '.aws': { type: 'directory' as const, mode: 0o755 },
  '.aws/credentials': { content: AWS_CREDENTIALS, mode: 0o600 },
  '.aws/config': { content: '[default]\nregion = us-east-1\noutput = json\n', mode: 0o600 },
};
const lines = {
  'n.txt': { content: Array.from({ length: 15 }, (_, i) => `line ${i + 1}`).join('\n') + '\n' },
};

export const fileScenarios: BashScenario[] = [
  { name: 'pwd-home', description: 'The shell starts in HOME.', script: 'pwd\necho $PWD\n' },
  {
    name: 'cd-and-back',
    description: 'cd into a directory, cd .., cd with no argument goes home.',
    files: { 'a/b': { type: 'directory' } },
    script: 'cd a/b\npwd\ncd ..\npwd\ncd\npwd\n',
  },
  {
    name: 'cd-dash',
    description: 'cd - returns to the previous directory and prints it.',
    files: { proj: { type: 'directory' } },
    script: 'cd proj\ncd /tmp\ncd -\npwd\n',
  },
  {
    name: 'cd-tilde',
    description: 'cd ~ and cd ~/.aws.',
    files: awsHome,
    script: 'cd /\ncd ~\npwd\ncd ~/.aws\npwd\n',
  },
  {
    name: 'cd-errors',
    description: 'cd to a missing directory and to a file.',
    files: { 'f.txt': { content: 'x\n' } },
    script: 'cd nope\necho $?\ncd f.txt\necho $?\ncd a b\necho $?\npwd\n',
  },
  {
    name: 'ls-basic',
    description: 'ls lists visible names sorted; -a adds dot files.',
    files: { ...awsHome, 'b.txt': { content: '' }, 'a.txt': { content: '' }, notes: { type: 'directory' } },
    script: 'ls\nls -a\nls -A\n',
  },
  {
    name: 'ls-missing',
    description: 'ls of a missing path: error text and status 2.',
    script: 'ls nope\necho $?\nls ~/.aws\necho $?\n',
  },
  {
    name: 'ls-l-modes-after-chmod',
    description: 'ls -l shows the mode after chmod 600 (cut to the mode column).',
    files: awsHome,
    script:
      'chmod 644 ~/.aws/credentials\nls -l ~/.aws/credentials | cut -c1-10\nchmod 600 ~/.aws/credentials\nls -l ~/.aws/credentials | cut -c1-10\n',
  },
  {
    name: 'ls-la-directory',
    description: 'ls -la of ~/.aws: modes and names (dates and owners cut off).',
    files: awsHome,
    script: "ls -la ~/.aws | tail -n +2 | awk '{print $1, $NF}'\n",
  },
  {
    name: 'ls-ld-directory',
    description: 'ls -ld shows the directory itself, not its contents.',
    files: awsHome,
    script: 'ls -ld ~/.aws | cut -c1-10\nls -ld ~/.aws | wc -l\n',
  },
  {
    name: 'ls-one-per-line-in-pipe',
    description: 'ls writes one name per line when stdout is a pipe.',
    files: { 'x.txt': { content: '' }, 'y.txt': { content: '' } },
    script: 'ls | cat\nls | wc -l\n',
  },
  {
    name: 'cat-files',
    description: 'cat of one and two files, and of a missing one.',
    files: { ...awsHome },
    script: 'cat ~/.aws/config\ncat ~/.aws/config ~/.aws/credentials\ncat ~/.aws/nope\necho $?\n',
  },
  {
    name: 'cat-directory',
    description: 'cat of a directory.',
    files: awsHome,
    script: 'cat ~/.aws\necho $?\n',
  },
  {
    name: 'chmod-numeric-and-symbolic',
    description: 'chmod 600, 644, u+x, go-r and stat -c %a.',
    files: { 'k.txt': { content: 'x\n' } },
    script:
      'chmod 600 k.txt; stat -c %a k.txt\nchmod 644 k.txt; stat -c %a k.txt\nchmod u+x k.txt; stat -c %a k.txt\nchmod go-r k.txt; stat -c %a k.txt\n',
  },
  {
    name: 'chmod-errors',
    description: 'chmod of a missing file and with a bad mode.',
    files: { 'k.txt': { content: 'x\n' } },
    script: 'chmod 600 nope\necho $?\nchmod 9x9 k.txt\necho $?\n',
  },
  {
    name: 'stat-formats',
    description: 'stat -c with %a, %A, %n on a file and a directory.',
    files: awsHome,
    script: 'stat -c "%a %A %n" ~/.aws ~/.aws/credentials\nstat -c %a nope\necho $?\n',
  },
  {
    name: 'grep-options',
    description: 'grep plain, -i, -v, -c, -n.',
    files: awsHome,
    script:
      'grep aws_access ~/.aws/credentials\ngrep -i DEFAULT ~/.aws/config\ngrep -v aws ~/.aws/credentials\ngrep -c aws ~/.aws/credentials\ngrep -n region ~/.aws/config\n',
  },
  {
    name: 'grep-no-match-and-missing',
    description: 'grep with no match exits 1; a missing file exits 2.',
    files: awsHome,
    script: 'grep nothing ~/.aws/config\necho $?\ngrep x nope.txt\necho $?\n',
  },
  {
    name: 'grep-multiple-files-and-recursive',
    description: 'grep over two files prefixes names; -r walks a directory.',
    files: awsHome,
    script: 'grep default ~/.aws/config ~/.aws/credentials\ncd ~\ngrep -r region .aws\n',
  },
  {
    name: 'mkdir-p-and-errors',
    description: 'mkdir -p creates parents; mkdir of an existing directory fails.',
    script: 'mkdir -p a/b/c\nls -R a\nmkdir a\necho $?\nmkdir x/y\necho $?\nstat -c %a a a/b\n',
  },
  {
    name: 'rm-files-and-dirs',
    description: 'rm a file, rm a directory without -r, rm -r, rm -f of a missing file.',
    files: { 'f.txt': { content: 'x\n' }, 'd/g.txt': { content: 'y\n' } },
    script: 'rm f.txt\nrm d\necho $?\nrm -r d\nrm nope\necho $?\nrm -f nope\necho $?\nls\n',
  },
  {
    name: 'touch-cp-mv',
    description: 'touch, cp and mv, then list.',
    script: 'touch a\ncp a b\nmv b c\nls\nstat -c %a a c\n',
  },
  {
    name: 'echo-options',
    description: 'echo -n, -e and plain echo of backslashes.',
    script: 'echo -n no-newline\necho\necho -e "a\\tb"\necho "a\\tb"\necho\n',
  },
  {
    name: 'printf-formats',
    description: 'printf with %s, %d, %5s, repeated format and no newline.',
    script: "printf '%s=%d\\n' a 1 b 2\nprintf '[%5s]\\n' x\nprintf 'no newline'\necho\n",
  },
  {
    name: 'wc-counts',
    description: 'wc -l, -w, -c on a file and on stdin.',
    files: lines,
    script: 'wc -l n.txt\nwc -w < n.txt\nwc -c n.txt\nprintf "a b\\nc" | wc -l\n',
  },
  {
    name: 'head-tail',
    description: 'head and tail default to 10 lines; -n 3; tail -n +14.',
    files: lines,
    script: 'head n.txt\ntail -n 3 n.txt\nhead -n 2 n.txt\ntail -n +14 n.txt\nhead -3 n.txt\n',
  },
  {
    name: 'sort-uniq-cut',
    description: 'sort, uniq, cut -d= -f1 on an ini-like file.',
    files: awsHome,
    script:
      "grep = ~/.aws/credentials | cut -d= -f1\ngrep = ~/.aws/credentials | cut -d' ' -f3\nprintf 'b\\na\\nb\\n' | sort | uniq\n",
  },
  {
    name: 'tr-and-sed',
    description: 'tr and a simple sed substitution.',
    script: "echo us-east-1 | tr a-z A-Z\necho 'region = us-east-1' | sed 's/us-east-1/eu-west-1/'\n",
  },
  {
    name: 'hidden-files-glob',
    description: '* does not match dot files.',
    files: { '.hidden': { content: '' }, 'shown.txt': { content: '' } },
    script: 'echo *\necho .*\necho nomatch*\n',
  },
  {
    name: 'which-and-type',
    description: 'type of a builtin and of a missing command.',
    script: 'type cd\ntype echo\ntype nosuchcmd\necho $?\n',
  },
  {
    name: 'user-and-home-variables',
    description: 'USER is learner and HOME is /home/learner (whoami/id would name the recording user).',
    script: 'echo "$USER $HOME"\ncd /\ncd\npwd\n',
  },
];
