// Every bash scenario, in recording order.
import { controlScenarios } from './control';
import { environmentScenarios } from './environment';
import { fileScenarios } from './files';
import { moreScenarios } from './more';
import { quotingScenarios } from './quoting';
import type { BashScenario } from './types';

export type { BashScenario } from './types';
export { HOSTILE_PATTERN } from './types';

export const bashScenarios: BashScenario[] = [
  ...quotingScenarios,
  ...environmentScenarios,
  ...controlScenarios,
  ...fileScenarios,
  ...moreScenarios,
];
