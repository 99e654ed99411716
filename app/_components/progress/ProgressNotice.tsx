// The storage problem behind the learner's progress, said the same way on every page (home and lessons),
// with the one choice that damaged data needs: start fresh (nothing is written over it before that).
'use client';

import { useState } from 'react';
import { loadedProgressStore, loadProgressStore, useProgress } from './progress-client';
import styles from './Progress.module.css';

const problems = {
  unavailable:
    'This browser does not let the site store data, so progress lasts only while this page is open.',
  damaged:
    'The progress saved in this browser is damaged and could not be read. Nothing is written over it until you choose: what you do now counts only while this page is open.',
  'write-failed':
    'Progress could not be saved in this browser (storage full or blocked); it lasts only while this page is open.',
} as const;

export function ProgressNotice() {
  const progress = useProgress();
  const [discarded, setDiscarded] = useState(false);
  const problem = progress ? (loadedProgressStore()?.problem() ?? null) : null;
  if (!problem) {
    return discarded ? (
      <p role="status" className={styles.notice}>
        The damaged progress was discarded; progress is saved again from now on.
      </p>
    ) : null;
  }
  return (
    <div role="status" className={`${styles.notice} ${styles.refused}`} data-progress-problem={problem}>
      <p>{problems[problem]}</p>
      {problem === 'damaged' ? (
        <button
          type="button"
          onClick={() =>
            void loadProgressStore().then((store) => {
              store.discardDamaged();
              setDiscarded(true);
            })
          }
        >
          Discard the damaged data and save from now on
        </button>
      ) : null}
    </div>
  );
}
