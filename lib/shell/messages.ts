// Rewrites just-bash's internal wording into what a learner should read (runaway stops, fs errors).
const FS_ERROR = /^bash: (?:ENOENT|ENOTDIR|EISDIR|EACCES|EEXIST): ([^,]+), \w+ '([^']*)'$/;
/** A program whose code arrives on first use could not be fetched (Turbopack's and browsers' own wording). */
const LOAD_FAILURE =
  /^(?:ChunkLoadError: )?(?:Failed to load chunk |Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module)/;
const NOT_LOADED = new RegExp(`^([^\\s:]+): ${LOAD_FAILURE.source.slice(1)}`);

/** What a learner reads after `program: ` when its code could not be downloaded. */
export const NOT_LOADED_TEXT =
  'could not be loaded: the site could not be reached; check the connection and run it again';

/** True for the error of a chunk (a program's code) that could not be downloaded. */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ChunkLoadError' || LOAD_FAILURE.test(error.message));
}

/** Cleans every stderr line coming out of the interpreter. */
export function cleanStderr(stderr: string): string {
  if (!stderr) return stderr;
  return stderr
    .split('\n')
    .map((line) => {
      const limit = /^bash: (?:[^:]+: )?(.*?), increase executionLimits\.\w+$/.exec(line);
      if (limit) return `skillshell: command stopped: ${limit[1]}`;
      const tooLarge = /Input too large: (\d+) bytes exceeds limit of (\d+)/.exec(line);
      if (tooLarge) {
        return `skillshell: command not run: it is ${tooLarge[1]} bytes long (the sandbox runs at most ${tooLarge[2]} bytes at once)`;
      }
      // Interactive bash never prefixes top-level errors with `line N:`; just-bash does.
      const numbered = /^bash: line \d+: (.*)$/.exec(line);
      if (numbered) return `bash: ${numbered[1]}`;
      const notLoaded = NOT_LOADED.exec(line);
      if (notLoaded) {
        return `${notLoaded[1]}: ${NOT_LOADED_TEXT}`;
      }
      const fs = FS_ERROR.exec(line);
      if (fs) {
        const text = fs[1] ?? '';
        return `bash: ${fs[2]}: ${text.charAt(0).toUpperCase()}${text.slice(1)}`;
      }
      return line;
    })
    .join('\n');
}

/** `${NAME:?msg}` fails with `bash: NAME: msg` (just-bash leaves the name out). */
export function fixUnsetMessages(input: string, stderr: string): string {
  if (!stderr || (!input.includes(':?') && !input.includes('?}'))) return stderr;
  let out = stderr;
  for (const match of input.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*):?\?([^}]*)\}/g)) {
    const [, name, message] = match;
    if (message) out = out.replace(`bash: ${message}\n`, `bash: ${name}: ${message}\n`);
  }
  return out;
}
