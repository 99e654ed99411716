// What happens before the simulated AWS answers: client creation (region, credentials) and the
// request checks, in the order the real CLI reports problems.
import type { CommandContext } from '../cli/command';
import { CliExit, EXIT, generalError, noCredentialsError, noRegionError } from '../cli/errors';
import { checkKeys } from '../account';
import { AWS_REGIONS, REGION_NAME_FORMAT } from '../config/known-names';
import { resolveCredentials } from '../config/resolve-credentials';
import type { SimulatedUser } from '../types';

export interface ServiceCall {
  service: 'sts' | 's3';
  operation: string;
  /** s3 works without a region (its global endpoint); sts does not. */
  regionRequired: boolean;
  /** The AWS error for an unknown key and for a wrong secret, as [code, message]. */
  unknownKey: [string, string];
  wrongSecret: [string, string];
  /** The AWS error for a session token that was never issued. */
  invalidToken: [string, string];
}

export function clientError(code: string, operation: string, message: string): CliExit {
  return generalError(
    `An error occurred (${code}) when calling the ${operation} operation: ${message}`,
    EXIT.client,
  );
}

function endpoint(call: ServiceCall, region: string | null): string {
  if (call.service === 's3' && (region === null || region === 'us-east-1'))
    return 'https://s3.amazonaws.com/';
  return `https://${call.service}.${region}.amazonaws.com/`;
}

/** Runs the checks; returns the user the keys belong to when AWS would accept the request. */
export async function authorize(ctx: CommandContext, call: ServiceCall): Promise<SimulatedUser> {
  const { session, globals, invocation } = ctx;
  const resolved = await session.region();
  const region = resolved?.value || null;
  if (region !== null && !REGION_NAME_FORMAT.test(region)) {
    throw generalError(`Provided region_name '${region}' doesn't match a supported format.`);
  }
  const credentials = await resolveCredentials(session);
  if (!credentials) throw noCredentialsError();
  if (region === null && call.regionRequired) throw noRegionError();
  if (globals.endpointUrl !== undefined) {
    throw generalError(
      `Could not connect to the endpoint URL: "${globals.endpointUrl.replace(/\/?$/, '/')}"`,
    );
  }
  if (region !== null && !AWS_REGIONS.includes(region)) {
    throw generalError(`Could not connect to the endpoint URL: "${endpoint(call, region)}"`);
  }
  const check = checkKeys(invocation.account, credentials.accessKey, credentials.secretKey);
  if (check.kind === 'unknown-key') throw clientError(call.unknownKey[0], call.operation, call.unknownKey[1]);
  // The simulated account issues no temporary credentials, so any session token is refused.
  if (credentials.sessionToken !== null) {
    throw clientError(call.invalidToken[0], call.operation, call.invalidToken[1]);
  }
  if (check.kind === 'wrong-secret')
    throw clientError(call.wrongSecret[0], call.operation, call.wrongSecret[1]);
  return check.user;
}
