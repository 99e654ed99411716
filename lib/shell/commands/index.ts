// Our GNU coreutils commands, registered over just-bash's own (one list; sandbox.ts imports only this).
import type { CustomCommand } from 'just-bash';
import { basenameCommand } from './basename';
import { cutCommand } from './cut';
import { grepCommand } from './grep';
import { sedCommand } from './sed';
import { diffCommand } from './diff';
import { xargsCommand } from './xargs';
import { cpCommand } from './cp';
import { mvCommand } from './mv';
import { rmCommand } from './rm';
import { mkdirCommand } from './mkdir';
import { touchCommand } from './touch';
import { dirnameCommand } from './dirname';
import { catCommand, findCommand } from './gnu-wrappers';
import { chmodCommand } from './chmod';
import { lnCommand } from './ln';
import { headCommand } from './head';
import { hostnameCommand } from './hostname';
import { idCommand } from './id';
import { lsCommand } from './ls';
import { sortCommand } from './sort';
import { statCommand } from './stat';
import { tailCommand } from './tail';
import { unameCommand } from './uname';
import { uniqCommand } from './uniq';
import { wcCommand } from './wc';
import { whoamiCommand } from './whoami';
import { yesCommand } from './yes';

/** Every GNU-behaving command of ours, replacing just-bash's command of the same name. */
export const gnuCommands: CustomCommand[] = [
  lsCommand,
  catCommand,
  chmodCommand,
  statCommand,
  wcCommand,
  uniqCommand,
  cutCommand,
  headCommand,
  tailCommand,
  sortCommand,
  basenameCommand,
  dirnameCommand,
  whoamiCommand,
  idCommand,
  unameCommand,
  hostnameCommand,
  yesCommand,
  lnCommand,
  findCommand,
  diffCommand,
  xargsCommand,
  sedCommand,
  grepCommand,
  cpCommand,
  mvCommand,
  rmCommand,
  mkdirCommand,
  touchCommand,
];
