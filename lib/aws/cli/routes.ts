// The command tree: every top-level command that is simulated, each declared once in its service's index file.
// `aws configure` (and with it the credential chain) is part of the engine; the other services load on first
// use (so `aws iam` code is fetched only when a learner runs it).
import type { AwsCommand, ServiceDeclaration } from './command';
import { loadPart } from './load-part';
import { service as configure } from '../services/configure/index';

/** Loaders by top-level command name. To add a service: one line here plus `services/<name>/index.ts`. */
export const SERVICES: Record<string, () => Promise<ServiceDeclaration>> = {
  configure: () => Promise.resolve(configure),
  sts: () => import('../services/sts/index').then((m) => m.service),
  iam: () => import('../services/iam/index').then((m) => m.service),
  s3: () => import('../services/s3/index').then((m) => m.service),
  s3api: () => import('../services/s3api/index').then((m) => m.service),
};

/**
 * The service declared for a top-level command, or null when the sandbox does not simulate it. A service that
 * cannot be loaded ends the command with one clear line (see load-part.ts).
 */
export async function loadService(name: string): Promise<ServiceDeclaration | null> {
  const load = Object.prototype.hasOwnProperty.call(SERVICES, name) ? SERVICES[name] : undefined;
  return load ? loadPart(`the code of "aws ${name}"`, load) : null;
}

/** Every simulated service, in declaration order. */
export function commandTree(): Promise<ServiceDeclaration[]> {
  return Promise.all(Object.keys(SERVICES).map(async (name) => (await loadService(name))!));
}

/** The simulated leaf command of a service, by subcommand name. */
export function findCommand(service: ServiceDeclaration, name: string): AwsCommand | undefined {
  return service.commands.find((command) => command.name === name);
}

/** "configure (list, get, …), sts (get-caller-identity) and s3 (ls)": for help and "not implemented" texts. */
export async function supportedCommandsText(): Promise<string> {
  const parts = (await commandTree()).map(
    (service) => `${service.name} (${service.commands.map((c) => c.name).join(', ')})`,
  );
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}
