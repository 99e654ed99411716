// The `aws` command: hands the words, the exported environment and the sandbox files to the simulated CLI.
import { defineCommand, type CustomCommand } from 'just-bash';
import { decodeUtf8, latin1 } from '../bytes';
import { runAws } from '../../aws/run-aws';
import type { AwsFileSystem, SimulatedAccount } from '../../aws/types';
import type { MemVolume } from '../volume';
import { writeFileWithParents } from '../volume';
import type { RunScope } from '../run-scope';
import { abortable, endOfInput } from '../run-scope';
import { DEFAULT_DIR_MODE } from '../volume-fs';

/** The AwsFileSystem over the sandbox volume (mode 0600 for new credential files sticks). */
export function awsFileSystem(volume: MemVolume): AwsFileSystem {
  return {
    async readFile(path) {
      try {
        if (!volume.statSync(path).isFile()) return null;
        return volume.readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    async writeFile(path, content, mode) {
      const existed = volume.existsSync(path);
      if (existed) volume.writeFileSync(path, content);
      else writeFileWithParents(volume, path, content, mode);
    },
    async mkdirp(path, mode) {
      if (volume.existsSync(path)) return;
      volume.mkdirSync(path, { recursive: true, mode: mode ?? DEFAULT_DIR_MODE });
      volume.chmodSync(path, mode ?? DEFAULT_DIR_MODE);
    },
    async exists(path) {
      return volume.existsSync(path);
    },
    // Byte-level access for `aws s3` transfers and sync.
    async readBytes(path) {
      try {
        if (!volume.statSync(path).isFile()) return null;
        return volume.readFileSync(path);
      } catch {
        return null;
      }
    },
    async writeBytes(path, data, mtimeMs) {
      writeFileWithParents(volume, path, data);
      if (mtimeMs !== undefined) volume.utimesSync(path, mtimeMs / 1000, mtimeMs / 1000);
    },
    async stat(path) {
      try {
        const stats = volume.statSync(path);
        const kind = stats.isDirectory() ? 'directory' : 'file';
        return { kind, size: Number(stats.size), mtimeMs: Number(stats.mtimeMs) };
      } catch {
        return null;
      }
    },
    async readDir(path) {
      try {
        return volume.readdirSync(path);
      } catch {
        return null;
      }
    },
    async removeFile(path) {
      volume.unlinkSync(path);
    },
  };
}

export function createAwsCommand(
  volume: MemVolume,
  account: () => SimulatedAccount,
  scope: () => RunScope | null,
): CustomCommand {
  return defineCommand('aws', async (argv, ctx) => {
    const run = scope();
    const index = run ? run.awsCalls++ : 0;
    const sites = run?.awsStdinSites ?? [];
    const fed = latin1(ctx.stdin).length > 0 || (sites[Math.min(index, sites.length - 1)] ?? false);
    const stdin = fed ? decodeUtf8(ctx.stdin) : undefined;
    const result = await runAws({
      argv,
      env: { ...(ctx.exportedEnv ?? {}) },
      cwd: ctx.cwd,
      fs: awsFileSystem(volume),
      readLine: abortable(run?.readLine ?? endOfInput, run?.signal),
      stdin,
      account: account(),
    });
    run?.awsRecord?.(result.record);
    return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
  });
}
