// Every evaluator case, from AWS's documentation (each case names its source page).
import type { PolicyCase } from './case';
import { evaluationLogicCases } from './evaluation-logic';

export const POLICY_CASES: PolicyCase[] = [...evaluationLogicCases];
