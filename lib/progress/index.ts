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
  MAX_PROGRESS_FILE_BYTES,
  parseProgressFile,
  parseProgressValue,
  progressFileName,
  progressFileSchema,
  serializeProgress,
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  type ParsedProgressFile,
  type ProgressFile,
} from './progress-file';
export {
  createProgressStore,
  PROGRESS_KEY,
  type ImportOutcome,
  type ProgressStorage,
  type ProgressStore,
  type StorageProblem,
} from './progress-store';
export { lessonReadRule, type ReadSignals } from './read-rule';
