// `aws sts`: every operation of the real CLI and the ones simulated here.
import type { ServiceDeclaration } from '../../cli/command';
import { stsGetCallerIdentityCommand } from '../../commands/sts-get-caller-identity';
import { CHOICES } from './model.generated';
import { stsAssumeRoleCommand } from './assume-role';

export const service: ServiceDeclaration = {
  name: 'sts',
  slot: 'operation',
  choices: CHOICES,
  commands: [stsGetCallerIdentityCommand, stsAssumeRoleCommand],
  serviceStyle: true,
};
