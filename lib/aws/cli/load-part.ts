// Parts of the simulated CLI that load on first use (a service, role profiles, the full JMESPath engine). In the
// page each is a chunk fetched from the site: when that fails (offline before the service worker cached it), the
// command ends with one clear line instead of the loader's error. Parts load before a command changes anything.
import { generalError } from './errors';

/** The one line a learner reads when `what` (e.g. `aws iam`) could not be loaded. */
export function partUnavailableMessage(what: string): string {
  return (
    `The simulated AWS CLI could not load ${what}: the site could not be reached. ` +
    'Nothing was changed; check the connection and run the command again.'
  );
}

/** Runs `load`; a failure ends the command (exit 255) with `partUnavailableMessage(what)`. */
export async function loadPart<T>(what: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    throw generalError(partUnavailableMessage(what));
  }
}
