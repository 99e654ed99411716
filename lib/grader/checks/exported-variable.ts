// Checks: a variable is exported (not merely set), or no longer set at all (state, plus records for "after").
import type { Check, GradeState } from '../types';

export interface ExportedVariableOptions {
  id: string;
  label: string;
  /** e.g. `AWS_ACCESS_KEY_ID`. */
  name: string;
  /** The value it must have (omit to accept any non-empty value). */
  expected?: string;
  /** Never print the value (secret keys). */
  secret?: boolean;
}

export interface VariableUnsetOptions {
  id: string;
  label: string;
  name: string;
  /** Pass only once some program received the variable (goals like "export, then unset"), per the records. */
  afterExport?: boolean;
}

/** A differently-cased variable with the same name (`aws_access_key_id` for `AWS_ACCESS_KEY_ID`). */
function otherCase(state: GradeState, name: string): { name: string; exported: boolean } | null {
  for (const [vars, exported] of [
    [state.exported, true],
    [state.variables, false],
  ] as const) {
    const found = Object.keys(vars).find((n) => n !== name && n.toLowerCase() === name.toLowerCase());
    if (found) return { name: found, exported };
  }
  return null;
}

export function exportedVariable({ id, label, name, expected, secret }: ExportedVariableOptions): Check {
  return {
    id,
    label,
    run(state) {
      const value = state.exported[name];
      if (value === undefined) {
        if (state.variables[name] !== undefined) {
          return {
            pass: false,
            message: `\`${name}\` is set but not exported, so programs such as \`aws\` cannot see it: run \`export ${name}\`.`,
          };
        }
        const other = otherCase(state, name);
        if (other) {
          const how = other.exported ? 'is exported' : 'is set (and not exported)';
          return {
            pass: false,
            message: `\`${other.name}\` ${how}, but the CLI reads only the uppercase \`${name}\`.`,
          };
        }
        return { pass: false, message: `\`${name}\` is not set: \`export ${name}=...\`.` };
      }
      if (value === '') return { pass: false, message: `\`${name}\` is exported but empty.` };
      if (expected === undefined || value === expected) return { pass: true };
      if (secret)
        return { pass: false, message: `\`${name}\` is exported but does not hold the issued value.` };
      return { pass: false, message: `\`${name}\` is \`${value}\`; expected \`${expected}\`.` };
    },
  };
}

export function variableUnset({ id, label, name, afterExport = false }: VariableUnsetOptions): Check {
  return {
    id,
    label,
    run(state) {
      if (afterExport && !state.records.some((record) => record.env[name] !== undefined)) {
        return {
          pass: false,
          message: `No command has seen \`${name}\` exported yet: export it and run a command, then remove it with \`unset\`.`,
        };
      }
      if (state.exported[name] !== undefined) {
        return { pass: false, message: `\`${name}\` is still exported: \`unset ${name}\` removes it.` };
      }
      if (state.variables[name] !== undefined) {
        return {
          pass: false,
          message: `\`${name}\` is still set (not exported): \`unset ${name}\` removes it.`,
        };
      }
      return { pass: true };
    },
  };
}
