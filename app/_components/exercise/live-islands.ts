// The code of the lazy islands (islands.tsx), as one module: one chunk group, so one request for both and one
// lazy import list for the engine they share (imported from two chunks, Turbopack wrote two overlapping lists).
export { Terminal } from '../terminal/Terminal';
export { ExercisePanel } from './ExercisePanel';
