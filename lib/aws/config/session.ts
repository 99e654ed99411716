// One CLI run's view of the configuration, like botocore's Session: file locations, the parsed
// shared files (cached), the profile, and the region/output chains with their sources.
import type { AwsFileSystem } from '../types';
import { configParseError, profileNotFound } from '../cli/errors';
import { absolutePath, expandPath } from './paths';
import { parseSharedFile, type SharedFileSection } from './parse-shared-file';
import { buildProfileMap, type ProfileMap } from './profile-map';

/** Where a configuration value came from, in the words `aws configure list` uses. */
export type ValueSource = 'manual' | 'env' | 'config-file' | 'shared-credentials-file' | 'imds' | 'default';

/** A value with its origin; `location` names the variable, option or file. */
export interface Sourced<T = string> {
  value: T;
  source: ValueSource;
  location: string;
}

export interface SessionOptions {
  env: Record<string, string>;
  fs: AwsFileSystem;
  cwd: string;
  /** `--profile` (only a non-empty value counts, like the CLI). */
  profileOption?: string;
  /** `--region` (only a non-empty value counts). */
  regionOption?: string;
  /** `--output`. */
  outputOption?: string;
}

type LoadedFile = { kind: 'missing' } | { kind: 'ok'; sections: Map<string, SharedFileSection> };

function has(env: Record<string, string>, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(env, name);
}

export class Session {
  readonly env: Record<string, string>;
  readonly fs: AwsFileSystem;
  readonly cwd: string;
  readonly profileOption: string | undefined;
  readonly regionOption: string | undefined;
  readonly outputOption: string | undefined;
  private readonly files = new Map<string, Promise<LoadedFile>>();
  private fullConfigCache: Promise<ProfileMap> | null = null;

  constructor(options: SessionOptions) {
    this.env = options.env;
    this.fs = options.fs;
    this.cwd = options.cwd;
    this.profileOption = options.profileOption || undefined;
    this.regionOption = options.regionOption || undefined;
    this.outputOption = options.outputOption;
  }

  /** The `config_file` setting as written (AWS_CONFIG_FILE or `~/.aws/config`), not expanded. */
  get configFileSetting(): string {
    return has(this.env, 'AWS_CONFIG_FILE') ? this.env.AWS_CONFIG_FILE! : '~/.aws/config';
  }

  get credentialsFileSetting(): string {
    return has(this.env, 'AWS_SHARED_CREDENTIALS_FILE')
      ? this.env.AWS_SHARED_CREDENTIALS_FILE!
      : '~/.aws/credentials';
  }

  /** A setting expanded the way the CLI prints it in errors (`~` and `$VAR` replaced). */
  expand(setting: string): string {
    return expandPath(setting, this.env);
  }

  /** The absolute path the file system should use for a setting. */
  resolve(setting: string): string {
    return absolutePath(this.expand(setting), this.cwd);
  }

  /** Reads and parses one shared file; a parse failure ends the command like the CLI. */
  loadFile(setting: string): Promise<LoadedFile> {
    const expanded = this.expand(setting);
    let loaded = this.files.get(expanded);
    if (!loaded) {
      loaded = (async (): Promise<LoadedFile> => {
        const text = await this.fs.readFile(absolutePath(expanded, this.cwd));
        if (text === null) return { kind: 'missing' };
        const parsed = parseSharedFile(text);
        if (!parsed.ok) throw configParseError(expanded);
        return { kind: 'ok', sections: parsed.sections };
      })();
      this.files.set(expanded, loaded);
    }
    return loaded;
  }

  /** The config file's raw sections (profiles and others such as `[plugins]`). */
  async configFileSections(): Promise<Map<string, SharedFileSection>> {
    const config = await this.loadFile(this.configFileSetting);
    return config.kind === 'ok' ? config.sections : new Map();
  }

  /** The config file's profiles only (what botocore's ConfigProvider reads). */
  async configFileProfiles(): Promise<ProfileMap> {
    const config = await this.loadFile(this.configFileSetting);
    return config.kind === 'ok' ? buildProfileMap(config.sections) : new Map();
  }

  /** The credentials file's sections, by raw name. */
  async credentialsFileSections(): Promise<Map<string, SharedFileSection>> {
    const credentials = await this.loadFile(this.credentialsFileSetting);
    return credentials.kind === 'ok' ? credentials.sections : new Map();
  }

  /** botocore's `full_config['profiles']`: config profiles, then credentials sections merged in. */
  fullConfig(): Promise<ProfileMap> {
    this.fullConfigCache ??= (async () => {
      const profiles = new Map<string, SharedFileSection>();
      for (const [name, section] of await this.configFileProfiles()) profiles.set(name, new Map(section));
      for (const [name, section] of await this.credentialsFileSections()) {
        const existing = profiles.get(name);
        if (!existing) profiles.set(name, new Map(section));
        else for (const [key, value] of section) existing.set(key, value);
      }
      return profiles;
    })();
    return this.fullConfigCache;
  }

  /** The profile setting: --profile, then AWS_PROFILE, then AWS_DEFAULT_PROFILE (empty values count). */
  get profile(): Sourced<string> | null {
    if (this.profileOption !== undefined)
      return { value: this.profileOption, source: 'manual', location: '--profile' };
    for (const name of ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE']) {
      if (has(this.env, name)) return { value: this.env[name]!, source: 'env', location: name };
    }
    return null;
  }

  /** The config of the current profile (merged files); a named profile that is missing is an error. */
  async scopedConfig(): Promise<SharedFileSection> {
    const profiles = await this.fullConfig();
    const profile = this.profile;
    if (profile === null) return profiles.get('default') ?? new Map();
    const section = profiles.get(profile.value);
    if (!section) throw profileNotFound(profile.value);
    return section;
  }

  /** Like scopedConfig, but a missing profile gives an empty config (as `aws configure` does). */
  async scopedConfigOrEmpty(): Promise<SharedFileSection> {
    const profiles = await this.fullConfig();
    const profile = this.profile;
    return profiles.get(profile === null ? 'default' : profile.value) ?? new Map();
  }

  /** A plain string setting of the current profile. */
  async scopedValue(key: string): Promise<string | undefined> {
    const value = (await this.scopedConfig()).get(key);
    return typeof value === 'string' ? value : undefined;
  }

  /** The region chain of the CLI: --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`. */
  async region(): Promise<Sourced | null> {
    if (this.regionOption !== undefined)
      return { value: this.regionOption, source: 'manual', location: '--region' };
    for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
      if (has(this.env, name)) return { value: this.env[name]!, source: 'env', location: name };
    }
    const value = await this.scopedValue('region');
    if (value !== undefined) return { value, source: 'config-file', location: this.configFileSetting };
    return null;
  }

  /** The output chain: --output, AWS_DEFAULT_OUTPUT, the profile's `output`, then json. */
  async output(): Promise<Sourced> {
    if (this.outputOption !== undefined)
      return { value: this.outputOption, source: 'manual', location: '--output' };
    if (has(this.env, 'AWS_DEFAULT_OUTPUT')) {
      return { value: this.env.AWS_DEFAULT_OUTPUT!, source: 'env', location: 'AWS_DEFAULT_OUTPUT' };
    }
    const value = await this.scopedValue('output');
    if (value !== undefined) return { value, source: 'config-file', location: this.configFileSetting };
    return { value: 'json', source: 'default', location: '' };
  }
}
