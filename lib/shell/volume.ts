// The sandbox's in-memory disk (mem-volume.ts) with a small Linux-like base layout.
import { MemVolume } from './mem-volume';
import { DEFAULT_DIR_MODE, DEFAULT_FILE_MODE } from './volume-fs';

export const HOME = '/home/learner';

export type { MemVolume };

/** An empty volume (only `/`). */
export function createEmptyVolume(): MemVolume {
  return new MemVolume();
}

const BASE_DIRECTORIES: Record<string, number> = {
  '/etc': 0o755,
  '/home': 0o755,
  [HOME]: 0o755,
  '/tmp': 0o1777,
  '/usr': 0o755,
  '/usr/bin': 0o755,
  '/usr/local': 0o755,
  '/usr/local/bin': 0o755,
  '/var': 0o755,
  '/var/tmp': 0o1777,
  '/dev': 0o755,
};

const BASE_FILES: Record<string, string> = {
  '/etc/hostname': 'skillshell\n',
  '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000:Learner:/home/learner:/bin/bash\n',
  '/etc/group': 'root:x:0:\nlearner:x:1000:\n',
  '/etc/os-release': 'PRETTY_NAME="Skillshell sandbox"\nNAME="Skillshell"\nID=skillshell\n',
  '/dev/null': '',
};

/** A fresh volume with /home/learner, /tmp, /etc, /usr/bin and friends. */
export function createBaseVolume(): MemVolume {
  const volume = createEmptyVolume();
  for (const [dir, mode] of Object.entries(BASE_DIRECTORIES)) {
    volume.mkdirSync(dir, { recursive: true });
    volume.chmodSync(dir, mode);
  }
  volume.symlinkSync('usr/bin', '/bin');
  for (const [path, content] of Object.entries(BASE_FILES)) {
    volume.writeFileSync(path, content, { mode: path === '/dev/null' ? 0o666 : DEFAULT_FILE_MODE });
  }
  return volume;
}

/** Writes a file, creating missing parent directories with the default mode. */
export function writeFileWithParents(
  volume: MemVolume,
  path: string,
  content: string | Uint8Array,
  mode?: number,
): void {
  const parent = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!volume.existsSync(parent)) volume.mkdirSync(parent, { recursive: true, mode: DEFAULT_DIR_MODE });
  const existed = volume.existsSync(path);
  // Opening checks permissions: write with the owner's w bit, then set the mode asked for (0444 too).
  const before = existed ? Number(volume.statSync(path).mode) & 0o7777 : DEFAULT_FILE_MODE;
  if (existed) volume.chmodSync(path, before | 0o200);
  volume.writeFileSync(path, content, { mode: DEFAULT_FILE_MODE });
  volume.chmodSync(path, mode ?? before);
}

/** Where the programs live: just-bash runs a registered command only when its file exists in PATH. */
export const COMMAND_DIR = '/usr/bin';

/** The placeholder file of a built-in program (kept out of snapshots, recreated on restore). */
export function commandStub(name: string): string {
  return `#!/bin/sh\n# ${name}: built into the Skillshell sandbox\n`;
}

/** Creates /usr/bin/<name> (0755) for every command the interpreter knows, unless something is there. */
export function installCommandStubs(volume: MemVolume, names: Iterable<string>): void {
  if (!volume.existsSync(COMMAND_DIR)) volume.mkdirSync(COMMAND_DIR, { recursive: true, mode: 0o755 });
  for (const name of names) {
    if (!/^[A-Za-z0-9._[-]+$/.test(name)) continue;
    const path = `${COMMAND_DIR}/${name}`;
    if (volume.existsSync(path)) continue;
    volume.writeFileSync(path, commandStub(name), { mode: 0o755 });
    volume.chmodSync(path, 0o755);
  }
}

/** True for an untouched command placeholder. */
export function isCommandStub(path: string, content: string): boolean {
  return path.startsWith(`${COMMAND_DIR}/`) && content === commandStub(path.slice(COMMAND_DIR.length + 1));
}
