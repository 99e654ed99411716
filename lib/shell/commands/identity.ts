// The sandbox's one user and host: learner (uid 1000) on skillshell, as the prompt, $USER and `ls -l` show.

/** The learner's account: what `whoami`, `id` and `ls -l` report. */
export const LEARNER = { name: 'learner', uid: 1000, group: 'learner', gid: 1000 } as const;

/** The machine `uname` and `hostname` describe. */
export const MACHINE = {
  hostname: 'skillshell',
  kernel: 'Linux',
  release: '6.1.0-skillshell',
  version: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.0',
  machine: 'x86_64',
  os: 'GNU/Linux',
} as const;
