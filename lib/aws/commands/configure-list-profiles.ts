// `aws configure list-profiles`: every profile of the config file, then those only in the credentials file.
import type { AwsCommand } from '../cli/command';

export const configureListProfilesCommand: AwsCommand = {
  name: 'list-profiles',
  help: { summary: 'List the profiles available to the AWS CLI.', usage: 'aws configure list-profiles' },
  args: {},
  async run(_args, { session, out }) {
    for (const name of (await session.fullConfig()).keys()) out.stdout += `${name}\n`;
    return 0;
  },
};
