// Every bash scenario, in recording order.
import { controlScenarios } from './control';
import { environmentScenarios } from './environment';
import { fileScenarios } from './files';
import { moreScenarios } from './more';
import { quotingScenarios } from './quoting';
import { arrayScenarios } from './arrays';
import { aliasScenarios } from './aliases';
import { sourcingScenarios } from './sourcing';
import { allexportScenarios } from './allexport';
import { subshellScenarios } from './subshells';
import { builtinMessageScenarios } from './messages-builtins';
import { redirectionScenarios } from './redirection-order';
import type { BashScenario } from './types';

export type { BashScenario } from './types';
export { HOSTILE_PATTERN } from './types';

export const bashScenarios: BashScenario[] = [
  ...quotingScenarios,
  ...environmentScenarios,
  ...controlScenarios,
  ...fileScenarios,
  ...moreScenarios,
  ...arrayScenarios,
  ...aliasScenarios,
  ...sourcingScenarios,
  ...allexportScenarios,
  ...subshellScenarios,
  ...builtinMessageScenarios,
  ...redirectionScenarios,
];
