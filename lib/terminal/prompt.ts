// The shell prompt text: `learner@skillshell:~/dir$ ` with the home directory abbreviated to `~`.

/** Abbreviates the home directory to `~` like bash's `\w`. */
export function displayPath(cwd: string, home: string): string {
  if (cwd === home) return '~';
  if (home !== '/' && cwd.startsWith(home + '/')) return '~' + cwd.slice(home.length);
  return cwd;
}

/** The primary prompt (PS1) for a working directory. */
export function promptFor(cwd: string, home: string, user = 'learner', host = 'skillshell'): string {
  return `${user}@${host}:${displayPath(cwd, home)}$ `;
}

/** The continuation prompt (PS2) shown while a command needs more lines. */
export const continuationPrompt = '> ';
