// Builds the read-only GradeState checks look at from a SandboxSnapshot (pure data: grading runs anywhere).
import type { ExecutionRecord, FsEntry, SandboxSnapshot } from '../shell/types';
import { awsCallOf, type AwsCallView } from './records';
import { resolveEffectiveConfig, type EffectiveConfig, type EffectiveConfigQuery } from './effective-config';
import { parseSharedFileText, type SharedFile } from './shared-files';
import type { GradeState } from './types';
import { normalizePath } from '../posix-path';

const HOME = '/home/learner';

/** A GradeState over one snapshot; parsed files and resolved configurations are cached per state. */
export function createGradeState(snapshot: SandboxSnapshot): GradeState {
  const home = snapshot.exported.HOME || HOME;
  const sharedCache = new Map<string, SharedFile | null>();
  const configCache = new Map<string, EffectiveConfig>();
  const awsCache = new Map<ExecutionRecord | string, Promise<AwsCallView>>();

  const resolvePath = (path: string): string => {
    if (path === '~') return home;
    if (path.startsWith('~/')) return normalizePath(`${home}/${path.slice(2)}`);
    if (path.startsWith('/')) return normalizePath(path);
    return normalizePath(`${snapshot.cwd}/${path}`);
  };

  const lookup = (path: string): FsEntry | undefined => {
    let current = resolvePath(path);
    for (let hops = 0; hops < 20; hops++) {
      const entry = snapshot.files[current];
      if (entry?.type !== 'symlink') return entry;
      const parent = current.slice(0, current.lastIndexOf('/')) || '/';
      current = entry.target.startsWith('/')
        ? normalizePath(entry.target)
        : normalizePath(`${parent}/${entry.target}`);
    }
    return undefined;
  };

  const readFile = (path: string): string | null => {
    const entry = lookup(path);
    if (entry?.type !== 'file') return null;
    return entry.encoding === 'base64' ? decodeBase64(entry.content) : entry.content;
  };

  const sharedFile = (path: string): SharedFile | null => {
    const abs = resolvePath(path);
    if (!sharedCache.has(abs)) {
      const text = readFile(abs);
      sharedCache.set(abs, text === null ? null : parseSharedFileText(text));
    }
    return sharedCache.get(abs) ?? null;
  };

  const effectiveConfig = async (query: EffectiveConfigQuery = {}): Promise<EffectiveConfig> => {
    const cacheKey = JSON.stringify([query.profile ?? null, query.env ?? 'session']);
    const cached = configCache.get(cacheKey);
    if (cached) return cached;
    const env =
      query.env === 'files-only'
        ? Object.fromEntries(Object.entries(snapshot.exported).filter(([name]) => !name.startsWith('AWS_')))
        : { ...snapshot.exported };
    const config = await resolveEffectiveConfig({
      env,
      cwd: snapshot.cwd,
      readFile,
      profileOption: query.profile,
    });
    configCache.set(cacheKey, config);
    return config;
  };

  return {
    snapshot,
    home,
    cwd: snapshot.cwd,
    exported: snapshot.exported,
    variables: snapshot.variables,
    history: snapshot.history,
    records: snapshot.records ?? [],
    account: snapshot.account,
    awsCall: (record) => {
      // Calls with the same argv, env and cwd resolve alike (the engine's own AwsCallRecord aside).
      const key = record.aws ? record : JSON.stringify([record.argv, record.env, record.cwd]);
      let view = awsCache.get(key);
      if (!view) {
        view = awsCallOf(record, { account: snapshot.account, readFile });
        awsCache.set(key, view);
      }
      return view;
    },
    resolvePath,
    displayPath: (path) => {
      const abs = resolvePath(path);
      if (abs === home) return '~';
      return abs.startsWith(`${home}/`) ? `~/${abs.slice(home.length + 1)}` : abs;
    },
    readFile,
    kindOf: (path) => {
      const entry = lookup(path);
      return entry?.type === 'file' || entry?.type === 'directory' ? entry.type : null;
    },
    fileMode: (path) => {
      const entry = lookup(path);
      return entry && entry.type !== 'symlink' ? entry.mode : null;
    },
    sharedFile,
    effectiveConfig,
  };
}

function decodeBase64(content: string): string {
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
