import { describe, expect, test } from 'vitest';
import { complete, type CompletionSource } from './completion';

const tree: Record<string, string[]> = {
  '/home/learner': ['.aws', '.bashrc', 'notes.txt', 'my project', 'scripts'],
  '/home/learner/.aws': ['config', 'credentials'],
  '/home/learner/scripts': ['deploy.sh'],
  '/home/learner/my project': [],
  '/': ['home', 'tmp'],
  '/tmp': [],
  '/home': ['learner'],
};
const files: Record<string, string> = {
  '/home/learner/.aws/credentials': '[default]\n[example_1]\n[example_2]\n',
  '/home/learner/.aws/config': '[profile dev]\n',
};
const source: CompletionSource = {
  home: '/home/learner',
  cwd: '/home/learner',
  env: {},
  readFile: (p) => files[p] ?? null,
  listDirectory: (p) => tree[p] ?? null,
  regions: ['eu-west-1', 'eu-west-2', 'us-east-1'],
};
const at = (text: string) => complete({ text, cursor: text.length }, source);

describe('commands', () => {
  test('a unique command completes with a space', () => {
    expect(at('hist').line).toEqual({ text: 'history ', cursor: 8 });
  });
  test('an ambiguous prefix lists candidates', () => {
    expect(at('un').candidates).toEqual(['uniq', 'unset']);
    expect(at('ca').line.text).toBe('cat ');
  });
  test('the first word after a pipe is a command', () => {
    expect(at('cat x | gr').line.text).toBe('cat x | grep ');
  });
});

describe('aws', () => {
  test('subcommands of configure', () => {
    expect(at('aws configure li').line.text).toBe('aws configure list');
    expect(at('aws configure list').candidates).toEqual(['list', 'list-profiles']);
    expect(at('aws configure lis').line.text).toBe('aws configure list');
    expect(at('aws configure list-').line.text).toBe('aws configure list-profiles ');
    expect(at('aws conf').line.text).toBe('aws configure ');
    expect(at('aws sts get-c').line.text).toBe('aws sts get-caller-identity ');
  });
  test('profile names after --profile come from the files', () => {
    expect(at('aws configure list --profile ex').line.text).toBe('aws configure list --profile example_');
    expect(at('aws configure list --profile example_').candidates).toEqual(['example_1', 'example_2']);
    expect(at('aws sts get-caller-identity --profile d').line.text).toBe(
      'aws sts get-caller-identity --profile de',
    );
    expect(at('aws sts get-caller-identity --profile de').candidates).toEqual(['default', 'dev']);
  });
  test('options and option values', () => {
    expect(at('aws sts get-caller-identity --outp').line.text).toBe('aws sts get-caller-identity --output ');
    expect(at('aws s3 ls --output t').candidates).toEqual(['table', 'text']);
    expect(at('aws configure set region eu --region eu-west-').candidates).toEqual([
      'eu-west-1',
      'eu-west-2',
    ]);
    expect(at('aws configure import --cs').line.text).toBe('aws configure import --csv ');
  });
  test('an option before the command does not count as the command', () => {
    expect(at('aws --profile dev configure list').candidates).toEqual(['list', 'list-profiles']);
  });
});

describe('paths', () => {
  test('a file after a command, hidden files only with a dot', () => {
    expect(at('cat ~/.aws/cr').line.text).toBe('cat ~/.aws/credentials ');
    expect(at('cat ~/.a').line.text).toBe('cat ~/.aws/');
    expect(at('cat n').line.text).toBe('cat notes.txt ');
    expect(at('ls ').candidates).toEqual(['my project/', 'notes.txt', 'scripts/']);
  });
  test('cd completes directories only', () => {
    expect(at('cd s').line.text).toBe('cd scripts/');
    expect(at('cd n').line.text).toBe('cd n');
  });
  test('names with spaces are escaped', () => {
    expect(at('ls my').line.text).toBe('ls my\\ project/');
  });
  test('absolute paths and the text after the caret', () => {
    expect(at('ls /t').line.text).toBe('ls /tmp/');
    const result = complete({ text: 'cat ~/.aws/co | wc', cursor: 13 }, source);
    expect(result.line).toEqual({ text: 'cat ~/.aws/config  | wc', cursor: 18 });
  });
  test('nothing matches: nothing changes', () => {
    const result = at('cat zzz');
    expect(result).toEqual({ line: { text: 'cat zzz', cursor: 7 }, candidates: [] });
  });
});
