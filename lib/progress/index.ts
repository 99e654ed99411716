// Progress: completed exercises and read lessons, their storage and the export/import file.
export type { LessonProgress, Progress, ProgressMark } from './progress';
export {
  completeExercise,
  describeLessonProgress,
  emptyProgress,
  isExerciseComplete,
  isLessonRead,
  lessonProgress,
  mergeProgress,
  readLesson,
} from './progress';
export {
  parseProgressFile,
  parseProgressValue,
  progressFileSchema,
  serializeProgress,
  type ParsedProgressFile,
  type ProgressFile,
} from './progress-file';
export {
  createProgressStore,
  type ImportOutcome,
  type KnownIds,
  type ProgressStorage,
  type ProgressStore,
  type StorageProblem,
} from './progress-store';
export {
  MAX_PROGRESS_FILE_BYTES,
  PROGRESS_FORMAT,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  progressFileName,
} from './progress-format';
export { lessonReadRule, type ReadSignals } from './read-rule';
