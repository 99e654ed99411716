// Progress kept in a key-value storage (localStorage in the browser), with listeners, import, export and reset.
import { completeExercise, emptyProgress, mergeProgress, readLesson, type Progress } from './progress';
import { parseProgressFile, serializeProgress } from './progress-file';
import { PROGRESS_KEY } from './progress-format';

/** The part of the Web Storage API the store uses (tests pass a Map-backed one). */
export interface ProgressStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why the store could not use its storage; shown to the learner, never thrown. */
export type StorageProblem = 'unavailable' | 'damaged' | 'write-failed';

export interface ImportOutcome {
  ok: boolean;
  /** What happened, in a sentence for the learner. */
  message: string;
}

/** A progress store: read with `get`, change with the methods, re-render on `subscribe`. */
export interface ProgressStore {
  get(): Progress;
  /** A problem with the storage (progress then lives only in this page), or null. */
  problem(): StorageProblem | null;
  subscribe(listener: () => void): () => void;
  completeExercise(exerciseId: string): void;
  readLesson(lessonId: string): void;
  /** The export file's text. */
  exportText(): string;
  /** Adds the file's progress to what is there; a damaged file changes nothing. */
  importText(text: string): ImportOutcome;
  /** Forgets everything. */
  reset(): void;
  /** Re-reads storage (another tab changed it). */
  reload(): void;
}

function load(storage: ProgressStorage | null): { progress: Progress; problem: StorageProblem | null } {
  if (!storage) return { progress: emptyProgress(), problem: 'unavailable' };
  let text: string | null;
  try {
    text = storage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), problem: 'unavailable' };
  }
  if (text === null) return { progress: emptyProgress(), problem: null };
  const parsed = parseProgressFile(text);
  // A damaged entry is left in place (nothing is overwritten until the learner makes progress or resets).
  return parsed.ok
    ? { progress: parsed.progress, problem: null }
    : { progress: emptyProgress(), problem: 'damaged' };
}

/** Creates a store over `storage` (null when storage is disabled); `now` is injectable for tests. */
export function createProgressStore(
  storage: ProgressStorage | null,
  now: () => Date = () => new Date(),
): ProgressStore {
  let { progress, problem } = load(storage);
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const commit = (next: Progress) => {
    if (next === progress) return;
    progress = next;
    if (storage) {
      try {
        storage.setItem(PROGRESS_KEY, serializeProgress(progress, now()));
        if (problem === 'damaged' || problem === 'write-failed') problem = null;
      } catch {
        problem = 'write-failed';
      }
    }
    notify();
  };

  return {
    get: () => progress,
    problem: () => problem,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    completeExercise: (id) => commit(completeExercise(progress, id, now())),
    readLesson: (id) => commit(readLesson(progress, id, now())),
    exportText: () => serializeProgress(progress, now()),
    importText(text) {
      const parsed = parseProgressFile(text);
      if (!parsed.ok) return { ok: false, message: `${parsed.message} Your progress was not changed.` };
      const exercises = Object.keys(parsed.progress.exercises).length;
      const lessons = Object.keys(parsed.progress.lessons).length;
      commit(mergeProgress(progress, parsed.progress));
      return {
        ok: true,
        message: `Imported ${exercises} completed exercise${exercises === 1 ? '' : 's'} and ${lessons} read lesson${lessons === 1 ? '' : 's'}.`,
      };
    },
    reset() {
      progress = emptyProgress();
      if (storage) {
        try {
          storage.removeItem(PROGRESS_KEY);
          if (problem !== 'unavailable') problem = null;
        } catch {
          problem = 'write-failed';
        }
      }
      notify();
    },
    reload() {
      const loaded = load(storage);
      progress = loaded.progress;
      problem = loaded.problem;
      notify();
    },
  };
}
