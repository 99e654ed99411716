// The sandbox's disk behaves like Linux seen through Node's fs: codes, texts, modes, links, times.
import { describe, expect, test } from 'vitest';
import { FsError, MemVolume } from './mem-volume';

function volume(): MemVolume {
  const v = new MemVolume();
  v.mkdirSync('/d', { mode: 0o755 });
  v.writeFileSync('/d/f', 'hi', { mode: 0o644 });
  return v;
}

/** `CODE: text, syscall 'path'` of what `run` throws. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FsError);
    return `${(error as FsError).code} | ${(error as Error).message}`;
  }
  throw new Error('expected an error');
}

describe('files', () => {
  test('read and write bytes and text; a new file gets the mode asked for, an old one keeps its own', () => {
    const v = volume();
    v.writeFileSync('/d/b', new Uint8Array([0xff, 0]), { mode: 0o600 });
    expect([...v.readFileSync('/d/b')]).toEqual([0xff, 0]);
    v.writeFileSync('/d/f', 'é', { mode: 0o600 });
    expect([...v.readFileSync('/d/f')]).toEqual([0xc3, 0xa9]);
    expect(v.readFileSync('/d/f', 'utf8')).toBe('é');
    expect(v.statSync('/d/f').mode).toBe(0o100644);
    expect(v.statSync('/d/b').mode).toBe(0o100600);
    v.appendFileSync('/d/f', '!');
    expect(v.readFileSync('/d/f', 'utf8')).toBe('é!');
    expect(v.statSync('/d/f').size).toBe(3);
  });

  test('what a read returns is a copy', () => {
    const v = volume();
    v.readFileSync('/d/f')[0] = 0;
    expect(v.readFileSync('/d/f', 'utf8')).toBe('hi');
  });

  test('errors carry Node codes and texts', () => {
    const v = volume();
    expect(thrown(() => v.readFileSync('/nope'))).toBe(
      "ENOENT | ENOENT: no such file or directory, open '/nope'",
    );
    expect(thrown(() => v.readFileSync('/d'))).toBe(
      'EISDIR | EISDIR: illegal operation on a directory, read',
    );
    expect(thrown(() => v.readFileSync('/d/f/x'))).toBe("ENOTDIR | ENOTDIR: not a directory, open '/d/f/x'");
    expect(thrown(() => v.writeFileSync('/x/y', 'a'))).toBe(
      "ENOENT | ENOENT: no such file or directory, open '/x/y'",
    );
    expect(thrown(() => v.writeFileSync('/d', 'a'))).toBe(
      "EISDIR | EISDIR: illegal operation on a directory, open '/d'",
    );
    expect(thrown(() => v.readdirSync('/d/f'))).toBe("ENOTDIR | ENOTDIR: not a directory, scandir '/d/f'");
    expect(thrown(() => v.unlinkSync('/d'))).toBe("EPERM | EPERM: operation not permitted, unlink '/d'");
    expect(thrown(() => v.chmodSync('/zz', 0o600))).toBe(
      "ENOENT | ENOENT: no such file or directory, chmod '/zz'",
    );
  });
});

describe('directories', () => {
  test('mkdir: EEXIST, a missing parent, -p through a file, -p returns the first directory made', () => {
    const v = volume();
    expect(thrown(() => v.mkdirSync('/d'))).toBe("EEXIST | EEXIST: file already exists, mkdir '/d'");
    expect(thrown(() => v.mkdirSync('/a/b'))).toMatch(/^ENOENT \| ENOENT: no such file or directory, mkdir/);
    expect(thrown(() => v.mkdirSync('/d/f/g', { recursive: true }))).toMatch(/^ENOTDIR/);
    expect(v.mkdirSync('/p/q', { recursive: true, mode: 0o700 })).toBe('/p');
    expect(v.mkdirSync('/p/q', { recursive: true })).toBeUndefined();
    expect(v.statSync('/p/q').mode).toBe(0o40700);
  });

  test('entries are listed in byte order, with their types', () => {
    const v = volume();
    for (const name of ['b', 'a', 'C', '_', '.h']) v.writeFileSync(`/d/${name}`, '');
    v.symlinkSync('f', '/d/l');
    expect(v.readdirSync('/d')).toEqual(['.h', 'C', '_', 'a', 'b', 'f', 'l']);
    const types = v.readdirSync('/d', { withFileTypes: true }).map((e) => [e.name, e.isSymbolicLink()]);
    expect(types.at(-1)).toEqual(['l', true]);
  });

  test('rm: a directory needs recursive, force ignores a missing path, a symlink goes, not its target', () => {
    const v = volume();
    expect(thrown(() => v.rmSync('/d'))).toMatch(/^EISDIR/);
    expect(thrown(() => v.rmSync('/zz'))).toBe("ENOENT | ENOENT: no such file or directory, lstat '/zz'");
    v.rmSync('/zz/yy', { force: true });
    v.symlinkSync('/d', '/ld');
    v.rmSync('/ld', { recursive: true });
    expect([v.existsSync('/ld'), v.existsSync('/d/f')]).toEqual([false, true]);
    v.rmSync('/d', { recursive: true });
    expect(v.existsSync('/d')).toBe(false);
  });
});

describe('rename', () => {
  test('replaces a file, moves a symlink as a symlink, and refuses what Linux refuses', () => {
    const v = volume();
    v.writeFileSync('/g', '1');
    v.renameSync('/d/f', '/g');
    expect([v.readFileSync('/g', 'utf8'), v.readdirSync('/d')]).toEqual(['hi', []]);
    v.symlinkSync('g', '/l');
    v.renameSync('/l', '/m');
    expect(v.readlinkSync('/m')).toBe('g');
    v.mkdirSync('/e');
    v.writeFileSync('/e/x', '');
    expect(thrown(() => v.renameSync('/d', '/e'))).toBe(
      "ENOTEMPTY | ENOTEMPTY: directory not empty, rename '/d' -> '/e'",
    );
    expect(thrown(() => v.renameSync('/g', '/e'))).toMatch(/^EISDIR/);
    expect(thrown(() => v.renameSync('/e', '/g'))).toMatch(/^ENOTDIR/);
    expect(thrown(() => v.renameSync('/e', '/e/sub'))).toMatch(/^EINVAL/);
    expect(thrown(() => v.renameSync('/zz', '/yy'))).toBe(
      "ENOENT | ENOENT: no such file or directory, rename '/zz' -> '/yy'",
    );
  });
});

describe('links', () => {
  test('symlinks resolve relative to their directory, dangle, loop and count as what they lead to', () => {
    const v = volume();
    v.symlinkSync('d/f', '/rel');
    v.symlinkSync('/d', '/ld');
    expect(v.readFileSync('/rel', 'utf8')).toBe('hi');
    expect(v.readFileSync('/ld/f', 'utf8')).toBe('hi');
    expect(v.realpathSync('/ld/f')).toBe('/d/f');
    v.writeFileSync('/ld/n', 'n');
    expect(v.readFileSync('/d/n', 'utf8')).toBe('n');
    v.symlinkSync('/nowhere', '/dangling');
    expect(v.lstatSync('/dangling').isSymbolicLink()).toBe(true);
    expect(v.existsSync('/dangling')).toBe(false);
    expect(thrown(() => v.statSync('/dangling'))).toBe(
      "ENOENT | ENOENT: no such file or directory, stat '/dangling'",
    );
    v.symlinkSync('/loop', '/loop');
    expect(thrown(() => v.statSync('/loop'))).toBe(
      "ELOOP | ELOOP: too many symbolic links encountered, stat '/loop'",
    );
    expect(thrown(() => v.symlinkSync('x', '/d/f'))).toBe(
      "EEXIST | EEXIST: file already exists, symlink 'x' -> '/d/f'",
    );
    expect(thrown(() => v.readlinkSync('/d/f'))).toBe("EINVAL | EINVAL: invalid argument, readlink '/d/f'");
    expect(v.mkdirSync('/ld', { recursive: true })).toBeUndefined();
  });

  test('hard links share content, mode and inode; unlinking one keeps the other', () => {
    const v = volume();
    v.linkSync('/d/f', '/g');
    v.writeFileSync('/g', 'new');
    v.chmodSync('/g', 0o600);
    expect([v.readFileSync('/d/f', 'utf8'), v.statSync('/d/f').mode, v.statSync('/d/f').nlink]).toEqual([
      'new',
      0o100600,
      2,
    ]);
    expect(v.statSync('/g').ino).toBe(v.statSync('/d/f').ino);
    v.unlinkSync('/d/f');
    expect([v.readFileSync('/g', 'utf8'), v.statSync('/g').nlink]).toEqual(['new', 1]);
    expect(thrown(() => v.linkSync('/d', '/d2'))).toMatch(/^EPERM/);
  });
});

describe('permissions (the owner bits of the one user)', () => {
  test('reading, writing, creating and searching need their bits', () => {
    const v = volume();
    v.chmodSync('/d/f', 0o444);
    expect(thrown(() => v.writeFileSync('/d/f', 'no'))).toBe(
      "EACCES | EACCES: permission denied, open '/d/f'",
    );
    v.chmodSync('/d/f', 0o200);
    expect(thrown(() => v.readFileSync('/d/f'))).toMatch(/^EACCES/);
    v.chmodSync('/d', 0o555);
    expect(thrown(() => v.writeFileSync('/d/new', 'no'))).toBe(
      "EACCES | EACCES: permission denied, open '/d/new'",
    );
    expect(thrown(() => v.mkdirSync('/d/nd'))).toMatch(/^EACCES/);
    v.chmodSync('/d', 0);
    expect(thrown(() => v.statSync('/d/f'))).toBe("EACCES | EACCES: permission denied, stat '/d/f'");
    expect(thrown(() => v.readdirSync('/d'))).toMatch(/^EACCES/);
    expect(v.existsSync('/d/f')).toBe(false);
    v.chmodSync('/d', 0o1777);
    expect(v.statSync('/d').mode).toBe(0o41777);
  });
});

describe('times', () => {
  test('utimes takes seconds or Dates; writing a file and adding to a directory update mtime', () => {
    const v = volume();
    v.utimesSync('/d/f', 100, 200.5);
    expect([v.statSync('/d/f').atimeMs, v.statSync('/d/f').mtimeMs]).toEqual([100_000, 200_500]);
    v.utimesSync('/d/f', new Date(1000), new Date(2000));
    expect(v.statSync('/d/f').mtime.getTime()).toBe(2000);
    v.writeFileSync('/d/f', 'x');
    expect(v.statSync('/d/f').mtimeMs).toBeGreaterThan(2000);
    v.utimesSync('/d', 1, 1);
    v.writeFileSync('/d/g', '');
    expect(v.statSync('/d').mtimeMs).toBeGreaterThan(1000);
  });
});
