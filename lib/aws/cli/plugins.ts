// The `[plugins]` section: with `cli_legacy_plugin_path` set, the real CLI imports every other entry as a
// Python module at start-up. The sandbox has no Python modules, so such imports fail like a missing module.
import type { SharedFileSection } from '../config/parse-shared-file';
import { generalError } from './errors';

export const LEGACY_PLUGIN_PATH = 'cli_legacy_plugin_path';

/** Ends the command like the CLI's failed plugin import, when the config asks for plugins. */
export function checkPlugins(configSections: Map<string, SharedFileSection>): void {
  const plugins = configSections.get('plugins');
  if (!plugins?.has(LEGACY_PLUGIN_PATH)) return;
  for (const [name, path] of plugins) {
    if (name === LEGACY_PLUGIN_PATH || typeof path !== 'string') continue;
    throw generalError(`No module named '${path.split('.')[0]}'`);
  }
}
