// Rewrites just-bash's internal wording into what a learner should read (runaway stops, fs errors).
const FS_ERROR = /^bash: (?:ENOENT|ENOTDIR|EISDIR|EACCES|EEXIST): ([^,]+), \w+ '([^']*)'$/;

/** Cleans every stderr line coming out of the interpreter. */
export function cleanStderr(stderr: string): string {
  if (!stderr) return stderr;
  return stderr
    .split('\n')
    .map((line) => {
      const limit = /^bash: (?:[^:]+: )?(.*?), increase executionLimits\.\w+$/.exec(line);
      if (limit) return `skillshell: command stopped: ${limit[1]}`;
      const fs = FS_ERROR.exec(line);
      if (fs) {
        const text = fs[1] ?? '';
        return `bash: ${fs[2]}: ${text.charAt(0).toUpperCase()}${text.slice(1)}`;
      }
      return line;
    })
    .join('\n');
}
