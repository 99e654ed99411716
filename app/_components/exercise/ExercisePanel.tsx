// The live part of an exercise: checklist graded after every command and save, hint ladder, solution.
'use client';

import { useEffect, useRef, useState } from 'react';
import type { GradeReport } from '@/lib/grader/types';
import { loadOnce } from '../load-once';
import { loadEngine } from '../terminal/engine';
import { useTerminalHandle } from '../terminal/terminal-bus';
import { useProgress, withProgressStore } from '../progress/progress-client';
import { Checklist } from './Checklist';
import { useHintLadder } from './hint-ladder';
import { InlineMarkdown } from './Markdown';
import styles from './ExercisePanel.module.css';

/** The grader, once (a failed download is tried again by the next call). */
const loadGrading = loadOnce(() => loadEngine().then((engine) => engine.loadGrading()));

/** What the panel says when the checks or hints cannot be downloaded. */
const GRADER_UNAVAILABLE =
  'The checks and hints could not be downloaded: the site could not be reached. Check the connection and reload the page.';

export interface ExercisePanelProps {
  exerciseId: string;
  /** Check labels, shown before the first grading. */
  checks: { id: string; label: string }[];
  /** How many hints the exercise has; their texts load with the grader when the first is shown. */
  hintCount: number;
}

/** The exercise's hints (markdown, nudge first), loaded with the grader: the page does not carry them. */
async function loadHints(exerciseId: string): Promise<string[]> {
  const { loadExercise } = await loadGrading();
  return (await loadExercise(exerciseId))?.hints ?? [];
}

/** What the live region says: only changes in the number of passing checks, not every keystroke. */
function summary(report: GradeReport): string {
  const passed = report.results.filter((r) => r.status === 'pass').length;
  if (report.complete) return 'Exercise complete: every check passes.';
  return `${passed} of ${report.results.length} checks pass.`;
}

export function ExercisePanel({ exerciseId, checks, hintCount }: ExercisePanelProps) {
  const handle = useTerminalHandle(exerciseId);
  const [report, setReport] = useState<GradeReport | null>(null);
  const [solutionNote, setSolutionNote] = useState('');
  const [unavailable, setUnavailable] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Complete already at the first grading of this page: a sandbox solved before (see `grade`).
  const [completeOnArrival, setCompleteOnArrival] = useState(false);
  const ladder = useHintLadder(exerciseId, hintCount);
  const [hints, setHints] = useState<string[] | null>(null);
  // Hints shown before this visit (restored by the ladder) need their texts.
  useEffect(() => {
    if (ladder.shown === 0 || hints) return;
    let cancelled = false;
    loadHints(exerciseId).then(
      (texts) => cancelled || setHints(texts),
      () => cancelled || setUnavailable(true),
    );
    return () => {
      cancelled = true;
    };
  }, [exerciseId, ladder.shown, hints]);
  const showNextHint = async () => {
    // The texts first, so the live region can read the new hint once it is shown.
    if (!hints) {
      const texts = await loadHints(exerciseId).catch(() => null);
      if (!texts) return setUnavailable(true);
      setHints(texts);
    }
    ladder.showNext();
  };
  const progress = useProgress();
  const recorded = progress ? Object.hasOwn(progress.exercises, exerciseId) : false;
  const sequence = useRef(0);

  useEffect(() => {
    if (!handle) return;
    let cancelled = false;
    // Completion is recorded on a transition from incomplete to complete seen on this page, so a sandbox
    // that still passes does not undo "Reset progress" when the lesson opens again.
    let wasComplete: boolean | null = null;
    const cleanups: (() => void)[] = [];
    const grade = async (snapshot: Parameters<Parameters<typeof handle.onStateChange>[0]>[0]) => {
      const mine = ++sequence.current;
      const next = await loadGrading()
        .then(async ({ loadExercise, gradeSnapshot }) => {
          const exercise = await loadExercise(exerciseId);
          return exercise ? gradeSnapshot(exercise, snapshot) : null;
        })
        .catch(() => {
          if (!cancelled) setUnavailable(true);
          return null;
        });
      if (!next || cancelled || mine !== sequence.current) return;
      setUnavailable(false);
      setReport(next);
      setAnnouncement(summary(next));
      if (wasComplete === null) setCompleteOnArrival(next.complete);
      else if (!next.complete) setCompleteOnArrival(false);
      if (next.complete && wasComplete === false) {
        withProgressStore((store) => store.completeExercise(exerciseId));
      }
      wasComplete = next.complete;
    };
    const connect = async () => {
      const { loadExercise, createCheckCommand } = await loadGrading();
      const exercise = await loadExercise(exerciseId);
      if (cancelled || !exercise) return;
      cleanups.push(handle.registerHostCommand('check', createCheckCommand(exercise)));
      cleanups.push(handle.onStateChange((snapshot) => void grade(snapshot)));
      const current = handle.snapshot();
      if (current) void grade(current);
    };
    // Offline before the grader was cached: say so, and try again after the learner's next command.
    const retry = () => {
      if (cancelled) return;
      setUnavailable(true);
      const stop = handle.onStateChange(() => {
        stop();
        void connect().catch(retry);
      });
      cleanups.push(stop);
    };
    void connect().catch(retry);
    return () => {
      cancelled = true;
      for (const cleanup of cleanups) cleanup();
    };
  }, [handle, exerciseId]);

  async function showSolution() {
    if (!handle) return;
    const loaded = await loadGrading().catch(() => null);
    if (!loaded) return setUnavailable(true);
    const { loadExercise, createSandbox, solutionSteps, nextSolutionStep, solutionAnswerFor } = loaded;
    const exercise = await loadExercise(exerciseId);
    const snapshot = handle.snapshot();
    if (!exercise || !snapshot) return;
    const steps = await solutionSteps(await createSandbox(exercise.setup), exercise.solution);
    // A program is asking a question: only its answer may go into the input, never a shell command.
    const question = handle.question?.()?.trim() ?? null;
    if (question) {
      const answer = solutionAnswerFor(steps, snapshot.history, question);
      if (answer === null) {
        setSolutionNote(
          `The terminal is waiting for an answer to “${question}”. Answer it, or press Ctrl+C in the terminal to cancel, then press Show solution again.`,
        );
        return;
      }
      handle.placeInput(answer);
      setSolutionNote(
        answer === ''
          ? `The terminal asks “${question}”: the solution keeps the value shown, so just press Enter.`
          : `The terminal asks “${question}”: the solution's answer is in the input; press Enter to give it.`,
      );
      return;
    }
    const step = nextSolutionStep(steps, snapshot.history);
    if (!step) {
      setSolutionNote(
        'Every step of the solution is already in your history. The checks above say what is still missing; Reset sandbox in the terminal starts the exercise over.',
      );
      return;
    }
    handle.placeInput([step.input, ...step.answers].join('\n'));
    const answers = step.answers.length
      ? ` It asks ${step.answers.length} questions: each Enter brings the next answer into the input.`
      : '';
    setSolutionNote(
      `Step ${steps.indexOf(step) + 1} of ${steps.length} is in the terminal input: read it, then press Enter to run it.${answers}`,
    );
  }

  // The first grading arrives once the sandbox is ready.
  const busy = !handle || report === null;
  const results = report?.results ?? checks.map((c) => ({ ...c, status: 'pending' as const }));
  const complete = report?.complete ?? false;

  return (
    <div className={styles.panel} data-exercise-panel="" data-complete={complete ? 'true' : undefined}>
      <p className={styles.checkHelp}>
        Checked after every command and every save. Type <code>check</code> in the terminal for the same list
        as text; <strong>Reset sandbox</strong> in the terminal starts the exercise over.
      </p>
      <Checklist results={results} />
      {unavailable ? (
        <p role="status" className={styles.unavailable}>
          {GRADER_UNAVAILABLE}
        </p>
      ) : null}
      <p className={complete ? styles.done : styles.summary}>
        {complete
          ? completeOnArrival && progress && !recorded
            ? 'Every check passes in this sandbox, but it already did when the page opened, after your progress was reset: it is not counted again. Reset sandbox to do the exercise once more.'
            : 'Exercise complete: every check passes.'
          : recorded
            ? 'You completed this exercise before; the checks show the sandbox as it is now.'
            : null}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {complete ? null : (
        <div className={styles.hints}>
          <h4 className={styles.hintsTitle}>Stuck?</h4>
          {ladder.shown > 0 && hints ? (
            <ol className={styles.hintList} ref={ladder.listRef}>
              {hints.slice(0, ladder.shown).map((hint, i) => (
                <li key={i}>
                  <InlineMarkdown source={hint} />
                </li>
              ))}
            </ol>
          ) : null}
          <div className={styles.actions}>
            {ladder.shown < hintCount ? (
              <button type="button" onClick={() => void showNextHint()}>
                {ladder.shown === 0
                  ? 'Show a hint'
                  : `Show a more specific hint (${ladder.shown + 1} of ${hintCount})`}
              </button>
            ) : (
              <button type="button" onClick={() => void showSolution()} disabled={busy}>
                Show solution
              </button>
            )}
          </div>
          <p className="visually-hidden" aria-live="polite">
            {ladder.announcement}
          </p>
          <p aria-live="polite" className={styles.note}>
            {solutionNote}
          </p>
        </div>
      )}
    </div>
  );
}
