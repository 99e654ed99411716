// Every evaluator case, from AWS's documentation (each case names its source page).
import type { PolicyCase } from './case';
import { conditionCases } from './conditions';
import { elementCases } from './elements';
import { evaluationLogicCases } from './evaluation-logic';
import { variableAndTrustCases } from './variables-and-trust';

export const POLICY_CASES: PolicyCase[] = [
  ...evaluationLogicCases,
  ...elementCases,
  ...conditionCases,
  ...variableAndTrustCases,
];
