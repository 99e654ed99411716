// Scenarios: aliases defined on one line and used, listed and removed on later lines.
import type { BashScenario } from './types';

const scenario = (name: string, description: string, script: string): BashScenario => ({
  name: `aliases-${name}`,
  description,
  script,
});

export const aliasScenarios: BashScenario[] = [
  scenario(
    'use-next-line',
    'An alias defined on one line is used on the next.',
    "alias hi='echo hello'\nhi there\n",
  ),
  scenario(
    'listing-order',
    'alias with no arguments lists definitions sorted by name.',
    "alias zz='echo z'\nalias aa='echo a'\nalias mm=pwd\nalias\n",
  ),
  scenario('show-one', 'alias NAME prints that definition.', "alias ll='ls -l'\nalias ll\n"),
  scenario('missing', 'alias of an unknown name fails.', 'alias nope\necho "status $?"\n'),
  scenario(
    'unalias',
    'unalias removes an alias.',
    'alias hi=\'echo hello\'\nunalias hi\nhi\necho "status $?"\n',
  ),
  scenario('redefine', 'Redefining replaces the value.', "alias g='echo one'\nalias g='echo two'\ng\n"),
  scenario('with-args', 'Words after an alias are appended.', "alias say='echo said:'\nsay a b c\n"),
  scenario(
    'quotes-in-value',
    'Quotes inside an alias value are kept in the listing.',
    'alias greet="echo \'hi there\'"\nalias greet\ngreet\n',
  ),
  scenario('type-alias', 'type names an alias.', "alias ll='ls -l'\ntype ll\n"),
  scenario(
    'unalias-a',
    'unalias -a removes every alias.',
    'alias a=pwd b=pwd\nunalias -a\nalias\necho "status $?"\n',
  ),
  scenario(
    'alias-in-function',
    'An alias used in a function defined after it.',
    "alias hi='echo hello'\nf() { hi from f; }\nf\n",
  ),
  scenario(
    'alias-chain',
    'An alias whose value ends in a space expands the next word too.',
    "alias run='echo run: '\nalias x=xargs\nrun x\n",
  ),
  scenario('unalias-missing', 'unalias of an unknown name.', 'unalias nope\necho "status $?"\n'),
  scenario(
    'alias-p',
    'alias -p lists with the alias prefix.',
    "alias b='echo b'\nalias a='ls -l'\nalias -p\n",
  ),
  scenario(
    'alias-with-pipe',
    'An alias holding a pipeline.',
    "alias count='wc -l'\nprintf 'a\\nb\\n' | count\n",
  ),
  scenario(
    'alias-escaped',
    'A backslash skips the alias.',
    "alias echo='echo aliased'\n\\echo plain\necho x\nunalias echo\n",
  ),
];
