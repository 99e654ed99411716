// Public entry point of the terminal's pure logic (the React component in app/_components/terminal uses it).
export * from './ansi';
export * from './completion';
export * from './history-navigator';
export * from './input-queue';
export * from './line-editor';
export * from './output-log';
export * from './prompt';
export * from './saved-state';
export { listProfiles } from './aws-profiles';
export * from './scrollback';
export * from './terminal-controller';
export * from './why-panel';
