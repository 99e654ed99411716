// `aws iam`: every operation of the real CLI and the ones simulated here (one file each).
import type { ServiceDeclaration } from '../../cli/command';
import { CHOICES } from './model.generated';

export const service: ServiceDeclaration = {
  name: 'iam',
  slot: 'operation',
  choices: CHOICES,
  commands: [],
  serviceStyle: true,
};
