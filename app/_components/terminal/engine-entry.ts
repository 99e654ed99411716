// The engine chunk's one entry: the sandbox, the exercises and the grader, so the page loads them as one group.
// (Separate lazy imports made Turbopack emit shared code twice: just-bash's command table, ~10 kB gzip each,
// and ~15 kB gzip of lib/aws when the exercise panel imported the grader on its own.)
export * from '../exercise/grading';
export { explainLastAwsCall, parseSnapshot } from '@/lib/shell';
