// Which Monaco language highlights a sandbox file: INI for the AWS files and *.ini, shell for scripts.

/** A Monaco language id for a path (`plaintext` when nothing fits). */
export function languageFor(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\/\.aws\/(config|credentials)$/.test(path) || /\.(ini|cfg|conf|toml)$/.test(name)) return 'ini';
  if (/\.(sh|bash|zsh|env)$/.test(name) || /^\.(bashrc|bash_profile|profile|zshrc|envrc)$/.test(name))
    return 'shell';
  return 'plaintext';
}

/** Typing help that fights a file's syntax, turned off or on per language (Monaco editor options). */
export interface TypingOptions {
  autoClosingBrackets: 'never' | 'languageDefined';
  autoClosingQuotes: 'never' | 'languageDefined';
  autoSurround: 'never' | 'languageDefined';
  autoClosingOvertype: 'never' | 'auto';
  wordWrap: 'off' | 'on';
}

/**
 * INI files get no auto-closing or auto-surround (typing `[profile x]` must not become `[profile x]]`)
 * and, like scripts, no soft wrap: a long key stays one screen line, so Home, End and Ctrl+K act on it.
 */
export function typingOptionsFor(language: string): TypingOptions {
  const ini = language === 'ini';
  return {
    autoClosingBrackets: ini ? 'never' : 'languageDefined',
    autoClosingQuotes: ini ? 'never' : 'languageDefined',
    autoSurround: ini ? 'never' : 'languageDefined',
    autoClosingOvertype: ini ? 'never' : 'auto',
    wordWrap: language === 'plaintext' ? 'on' : 'off',
  };
}
