// The command tree as plain names, for tools that must not load the service code (terminal completion).
import { commandTree } from './routes';

/** Simulated subcommands per command, and the options of each (`iam create-user` → `--user-name`…). */
export interface CommandNames {
  subcommands: Record<string, string[]>;
  options: Record<string, string[]>;
}

export async function commandNames(): Promise<CommandNames> {
  const names: CommandNames = { subcommands: {}, options: {} };
  for (const service of await commandTree()) {
    names.subcommands[service.name] = service.commands.map((c) => c.name).sort();
    for (const command of service.commands) {
      const flags = (command.args.options ?? [])
        .filter((o) => !o.hidden)
        .map((o) => o.flag)
        .sort();
      if (flags.length) names.options[`${service.name} ${command.name}`] = flags;
    }
  }
  return names;
}
