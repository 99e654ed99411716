// The command tree: every top-level command that is simulated, each declared once in its service's
// index file and loaded on first use (so `aws iam` code is fetched only when a learner runs it).
import type { AwsCommand, ServiceDeclaration } from './command';

/** Loaders by top-level command name. To add a service: one line here plus `services/<name>/index.ts`. */
export const SERVICES: Record<string, () => Promise<ServiceDeclaration>> = {
  configure: () => import('../services/configure/index').then((m) => m.service),
  sts: () => import('../services/sts/index').then((m) => m.service),
  iam: () => import('../services/iam/index').then((m) => m.service),
  s3: () => import('../services/s3/index').then((m) => m.service),
  s3api: () => import('../services/s3api/index').then((m) => m.service),
};

/** The service declared for a top-level command, or null when the sandbox does not simulate it. */
export async function loadService(name: string): Promise<ServiceDeclaration | null> {
  const load = Object.prototype.hasOwnProperty.call(SERVICES, name) ? SERVICES[name] : undefined;
  return load ? load() : null;
}

/** Every simulated service, in declaration order. */
export function commandTree(): Promise<ServiceDeclaration[]> {
  return Promise.all(Object.values(SERVICES).map((load) => load()));
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
