// What `<Terminal exercise="id" />` renders in a lesson: goal (HTML at build time), the terminal, the panel.
import { getExercise } from '@/exercises';
import { ExercisePanelIsland, TerminalIsland } from './islands';
import { Markdown } from './Markdown';
import styles from './ExercisePanel.module.css';

/** The lesson's `Terminal` tag: a free terminal, or an exercise around one. */
export function ExerciseTerminal({ exercise: id }: { exercise?: string }) {
  if (!id) return <TerminalIsland />;
  const exercise = getExercise(id);
  if (!exercise) {
    throw new Error(`<Terminal exercise="${id}" />: no exercise with this id in exercises/index.ts.`);
  }
  const headingId = `exercise-${exercise.id}`;
  return (
    <section className={styles.exercise} aria-labelledby={headingId} data-exercise={exercise.id}>
      <p className={styles.kicker} aria-hidden="true">
        Exercise
      </p>
      <h3 id={headingId} className={styles.title}>
        <span className="visually-hidden">Exercise: </span>
        {exercise.title}
      </h3>
      <div className={styles.goal}>
        <Markdown source={exercise.goal} />
      </div>
      <TerminalIsland exercise={exercise.id} />
      <ExercisePanelIsland
        exerciseId={exercise.id}
        checks={exercise.checks.map(({ id: checkId, label }) => ({ id: checkId, label }))}
        hintCount={exercise.hints.length}
      />
    </section>
  );
}
