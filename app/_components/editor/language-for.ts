// Which Monaco language highlights a sandbox file: INI for the AWS files and *.ini, shell for scripts.

/** A Monaco language id for a path (`plaintext` when nothing fits). */
export function languageFor(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\/\.aws\/(config|credentials)$/.test(path) || /\.(ini|cfg|conf|toml)$/.test(name)) return 'ini';
  if (/\.(sh|bash|zsh|env)$/.test(name) || /^\.(bashrc|bash_profile|profile|zshrc|envrc)$/.test(name))
    return 'shell';
  return 'plaintext';
}
