// The live part of an exercise: checklist graded after every command and save, hint ladder, solution, reset.
'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { GradeReport } from '@/lib/grader/types';
import { ConfirmDialog } from '../terminal/ConfirmDialog';
import { useTerminalHandle } from '../terminal/terminal-bus';
import { loadProgressStore, useProgress } from '../progress/progress-client';
import { Checklist } from './Checklist';
import styles from './ExercisePanel.module.css';

type Grading = typeof import('./grading');
let grading: Promise<Grading> | null = null;
const loadGrading = () => (grading ??= import('./grading'));

export interface ExercisePanelProps {
  exerciseId: string;
  /** Check labels, shown before the first grading. */
  checks: { id: string; label: string }[];
  /** Hints rendered on the server, nudge first. */
  hints: ReactNode[];
}

/** What the live region says: only changes in the number of passing checks, not every keystroke. */
function summary(report: GradeReport): string {
  const passed = report.results.filter((r) => r.status === 'pass').length;
  if (report.complete) return 'Exercise complete: every check passes.';
  return `${passed} of ${report.results.length} checks pass.`;
}

export function ExercisePanel({ exerciseId, checks, hints }: ExercisePanelProps) {
  const handle = useTerminalHandle(exerciseId);
  const [report, setReport] = useState<GradeReport | null>(null);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionNote, setSolutionNote] = useState('');
  const [confirmReset, setConfirmReset] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const progress = useProgress();
  const completedBefore = progress ? Object.hasOwn(progress.exercises, exerciseId) : false;
  const sequence = useRef(0);
  const resetButton = useRef<HTMLButtonElement>(null);
  // Focus moves after React has committed, so the closing <dialog> cannot take it elsewhere.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) resetButton.current?.focus();
  }, [focusRequest]);

  useEffect(() => {
    if (!handle) return;
    let cancelled = false;
    const cleanups: (() => void)[] = [];
    const grade = async (snapshot: Parameters<Parameters<typeof handle.onStateChange>[0]>[0]) => {
      const mine = ++sequence.current;
      const { getExercise, gradeSnapshot } = await loadGrading();
      const exercise = getExercise(exerciseId);
      if (!exercise) return;
      const next = await gradeSnapshot(exercise, snapshot);
      if (cancelled || mine !== sequence.current) return;
      setReport(next);
      setAnnouncement(summary(next));
      if (next.complete) void loadProgressStore().then((store) => store.completeExercise(exerciseId));
    };
    void loadGrading().then(({ getExercise, createCheckCommand }) => {
      const exercise = getExercise(exerciseId);
      if (cancelled || !exercise) return;
      cleanups.push(handle.registerHostCommand('check', createCheckCommand(exercise)));
      cleanups.push(handle.onStateChange((snapshot) => void grade(snapshot)));
      const current = handle.snapshot();
      if (current) void grade(current);
    });
    return () => {
      cancelled = true;
      for (const cleanup of cleanups) cleanup();
    };
  }, [handle, exerciseId]);

  async function showSolution() {
    if (!handle) return;
    const { getExercise, createSandbox, solutionSteps, nextStepIndex, stepText } = await loadGrading();
    const exercise = getExercise(exerciseId);
    const snapshot = handle.snapshot();
    if (!exercise || !snapshot) return;
    const steps = await solutionSteps(await createSandbox(exercise.setup), exercise.solution);
    const index = nextStepIndex(steps, snapshot.history);
    const step = steps[index];
    if (!step) return;
    handle.placeInput(stepText(step));
    const answers = step.answers.length
      ? ` It asks ${step.answers.length} questions: each Enter brings the next answer into the input.`
      : '';
    setSolutionNote(
      `Step ${index + 1} of ${steps.length} is in the terminal input: read it, then press Enter to run it.${answers}`,
    );
  }

  // The first grading arrives once the sandbox is ready.
  const busy = !handle || report === null;
  const results = report?.results ?? checks.map((c) => ({ ...c, status: 'pending' as const }));
  const complete = report?.complete ?? false;

  return (
    <div className={styles.panel} data-complete={complete ? 'true' : undefined}>
      <p className={styles.checkHelp}>
        Checked after every command and every save. Type <code>check</code> in the terminal for the same list
        as text.
      </p>
      <Checklist results={results} />
      <p className={complete ? styles.done : styles.summary}>
        {complete
          ? 'Exercise complete: every check passes.'
          : completedBefore
            ? 'You completed this exercise before; the checks show the sandbox as it is now.'
            : null}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <div className={styles.hints}>
        <h4 className={styles.hintsTitle}>Stuck?</h4>
        {hintsShown > 0 ? (
          <ol className={styles.hintList}>
            {hints.slice(0, hintsShown).map((hint, i) => (
              <li key={i}>{hint}</li>
            ))}
          </ol>
        ) : null}
        <div className={styles.actions}>
          {hintsShown < hints.length ? (
            <button type="button" onClick={() => setHintsShown((n) => n + 1)}>
              {hintsShown === 0
                ? 'Show a hint'
                : `Show a more specific hint (${hintsShown + 1} of ${hints.length})`}
            </button>
          ) : (
            <button type="button" onClick={() => void showSolution()} disabled={busy}>
              Show solution
            </button>
          )}
          <button ref={resetButton} type="button" onClick={() => setConfirmReset(true)} disabled={busy}>
            Reset exercise
          </button>
        </div>
        <p aria-live="polite" className={styles.note}>
          {solutionNote}
        </p>
      </div>
      {confirmReset ? (
        <ConfirmDialog
          title="Reset this exercise?"
          message="The sandbox goes back to the exercise's start: files, variables and history. Your saved progress stays."
          choices={[
            { label: 'Cancel', value: 'cancel', primary: true },
            { label: 'Reset exercise', value: 'reset', danger: true },
          ]}
          onChoose={(value) => {
            setConfirmReset(false);
            if (value !== 'reset' || !handle) {
              setFocusRequest((n) => n + 1);
              return;
            }
            setHintsShown(0);
            setSolutionNote('');
            // Back to the terminal, with an empty input, once the fresh sandbox is there.
            void handle.reset().then(() => handle.placeInput(''));
          }}
        />
      ) : null}
    </div>
  );
}
