// Every bash scenario, in recording order, and the same scenarios grouped by category (for `scripts/bash-score.ts`).
import { controlScenarios } from './control';
import { environmentScenarios } from './environment';
import { errorScenarios } from './errors';
import { fileCommandScenarios } from './file-commands';
import { fileScenarios } from './files';
import { identityScenarios } from './identity';
import { moreScenarios } from './more';
import { quotingScenarios } from './quoting';
import { textToolScenarios } from './text-tools';
import { arrayScenarios } from './arrays';
import { aliasScenarios } from './aliases';
import { sourcingScenarios } from './sourcing';
import { allexportScenarios } from './allexport';
import { subshellScenarios } from './subshells';
import { builtinMessageScenarios } from './messages-builtins';
import { redirectionScenarios } from './redirection-order';
import { arithmeticScenarios } from './arithmetic';
import type { BashScenario } from './types';

export type { BashScenario } from './types';
export { HOSTILE_PATTERN } from './types';

/** Scenarios by category name. */
export const bashCategories: Record<string, BashScenario[]> = {
  quoting: quotingScenarios,
  environment: environmentScenarios,
  control: controlScenarios,
  basics: fileScenarios,
  more: moreScenarios,
  'text-tools': textToolScenarios,
  files: fileCommandScenarios,
  identity: identityScenarios,
  errors: errorScenarios,
  arrays: arrayScenarios,
  aliases: aliasScenarios,
  sourcing: sourcingScenarios,
  allexport: allexportScenarios,
  subshells: subshellScenarios,
  'builtin-messages': builtinMessageScenarios,
  redirection: redirectionScenarios,
  arithmetic: arithmeticScenarios,
};

export const bashScenarios: BashScenario[] = Object.values(bashCategories).flat();
