// Every evaluator case, from AWS's documentation (each case names its source page).
import type { PolicyCase } from './case';
import { conditionKeyCases } from './condition-keys';
import { conditionCases } from './conditions';
import { elementCases } from './elements';
import { evaluationLogicCases } from './evaluation-logic';
import { resourcePolicyCases } from './resource-policies';
import { trustPolicyCases } from './trust-policies';
import { variableCases } from './variables';

export const POLICY_CASES: PolicyCase[] = [
  ...evaluationLogicCases,
  ...resourcePolicyCases,
  ...elementCases,
  ...conditionCases,
  ...conditionKeyCases,
  ...variableCases,
  ...trustPolicyCases,
];
