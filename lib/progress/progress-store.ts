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

/** The ids this site has; an import keeps only these (a file from a newer or other site may hold more). */
export interface KnownIds {
  exercises: readonly string[];
  lessons: readonly string[];
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
  /** Adds the file's progress to what is there (only `known` ids, when given); a damaged file changes nothing. */
  importText(text: string, known?: KnownIds): ImportOutcome;
  /** Forgets everything. */
  reset(): void;
  /**
   * Replaces damaged saved progress with this page's progress. Until then nothing is written over it:
   * progress made meanwhile lasts only while the page is open (the same on every page).
   */
  discardDamaged(): void;
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
    // Damaged data is never overwritten silently: the learner chooses (discardDamaged or reset).
    if (storage && problem !== 'damaged') {
      try {
        storage.setItem(PROGRESS_KEY, serializeProgress(progress, now()));
        if (problem === 'write-failed') problem = null;
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
    importText(text, known) {
      const parsed = parseProgressFile(text);
      if (!parsed.ok) return { ok: false, message: `${parsed.message} Your progress was not changed.` };
      const { kept, ignored } = keepKnown(parsed.progress, known);
      const exercises = Object.keys(kept.exercises).length;
      const lessons = Object.keys(kept.lessons).length;
      commit(mergeProgress(progress, kept));
      const skipped = ignored.length
        ? ` Ignored ${ignored.length} unknown ${ignored.length === 1 ? 'id' : 'ids'} that this site does not have: ${ignored.join(', ')}.`
        : '';
      return {
        ok: true,
        message: `Imported ${plural(exercises, 'completed exercise')} and ${plural(lessons, 'read lesson')}.${skipped}`,
      };
    },
    discardDamaged() {
      if (problem !== 'damaged') return;
      problem = null;
      const current = progress;
      progress = emptyProgress();
      if (storage) {
        try {
          storage.removeItem(PROGRESS_KEY);
        } catch {
          problem = 'write-failed';
        }
      }
      commit(current);
      notify();
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

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Splits imported progress into the ids this site knows and the ones it does not (listed, sorted). */
function keepKnown(added: Progress, known: KnownIds | undefined): { kept: Progress; ignored: string[] } {
  if (!known) return { kept: added, ignored: [] };
  const ignored: string[] = [];
  const filter = (marks: Progress['exercises'], ids: readonly string[]) => {
    const allowed = new Set(ids);
    const out: Progress['exercises'] = {};
    for (const [id, mark] of Object.entries(marks)) {
      if (allowed.has(id)) out[id] = mark;
      else ignored.push(id);
    }
    return out;
  };
  const kept = {
    exercises: filter(added.exercises, known.exercises),
    lessons: filter(added.lessons, known.lessons),
  };
  return { kept, ignored: ignored.sort() };
}
