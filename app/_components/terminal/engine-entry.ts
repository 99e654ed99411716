// The engine chunk's one entry: the sandbox and the exercises' setups, so the page loads them as one group.
// (Two separate lazy imports made Turbopack emit just-bash's command table twice, ~10 kB gzip each.)
export { createSandbox, explainLastAwsCall, parseSnapshot } from '@/lib/shell';
export { getExercise } from '@/exercises';
