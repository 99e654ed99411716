// What outlives one input besides variables, as in interactive bash: arrays, variable attributes, functions
// (wherever defined: a sourced file, an `if` branch), `set -o` options and `shopt` settings.
import type { InterpreterState, ShellArray } from './just-bash-seam';

/** Attribute sets of just-bash's state kept across inputs (`declare -A/-i/-l/-u/-r`). */
const ATTRIBUTES = [
  'associativeArrays',
  'integerVars',
  'lowercaseVars',
  'uppercaseVars',
  'readonlyVars',
] as const;
type Attribute = (typeof ATTRIBUTES)[number];

/**
 * `set -o` options an interactive shell keeps. `errexit` is left out on purpose: in a terminal it would
 * close the shell at the first failing command, which the sandbox cannot do.
 */
const OPTIONS = ['allexport', 'noclobber', 'nounset', 'xtrace', 'verbose', 'pipefail', 'noglob'] as const;

/** The interpreter state carried from one input to the next (not in snapshots). */
export interface InterpreterMemory {
  arrays: Map<string, ShellArray>;
  attributes: Partial<Record<Attribute, Set<string>>>;
  functions: Map<string, unknown>;
  options: Partial<Record<(typeof OPTIONS)[number], boolean>>;
  shopt: Record<string, boolean>;
}

function cloneArrays(arrays: Map<string, ShellArray> | undefined): Map<string, ShellArray> {
  const out = new Map<string, ShellArray>();
  for (const [name, array] of arrays ?? [])
    out.set(name, { kind: array.kind, elements: new Map(array.elements) });
  return out;
}

/** A fresh interactive shell: aliases are expanded (bash turns `expand_aliases` on when interactive). */
export function emptyMemory(): InterpreterMemory {
  return {
    arrays: new Map(),
    attributes: {},
    functions: new Map(),
    options: {},
    shopt: { expand_aliases: true },
  };
}

/** Reads what must outlive the input from the interpreter that ran it. */
export function captureMemory(state: InterpreterState): InterpreterMemory {
  const attributes: InterpreterMemory['attributes'] = {};
  for (const name of ATTRIBUTES) {
    const set = state[name];
    if (set?.size) attributes[name] = new Set(set);
  }
  const options: InterpreterMemory['options'] = {};
  for (const name of OPTIONS)
    if (typeof state.options[name] === 'boolean') options[name] = state.options[name];
  return {
    arrays: cloneArrays(state.arrays),
    attributes,
    functions: new Map(state.functions),
    options,
    shopt: { ...state.shoptOptions },
  };
}

/** Gives a new top-level interpreter what the previous input left. */
export function restoreMemory(state: InterpreterState, memory: InterpreterMemory): void {
  state.arrays = cloneArrays(memory.arrays);
  for (const name of ATTRIBUTES) {
    const set = memory.attributes[name];
    state[name] = set ? new Set(set) : undefined;
  }
  state.functions = new Map(memory.functions);
  Object.assign(state.options, memory.options);
  Object.assign(state.shoptOptions, memory.shopt);
}
