// "Your progress" on the home page: a summary, export to a JSON file, import from one, reset with confirmation.
'use client';

import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_PROGRESS_FILE_BYTES, progressFileName } from '@/lib/progress/progress-format';
import { ConfirmDialog } from '../terminal/ConfirmDialog';
import { loadProgressStore, useProgress } from './progress-client';
import { ProgressNotice } from './ProgressNotice';
import styles from './Progress.module.css';

/** `exerciseIds` and `lessonIds`: what this site has (counts and imports consider only these). */
export function ProgressControls({ exerciseIds, lessonIds }: { exerciseIds: string[]; lessonIds: string[] }) {
  const progress = useProgress();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  // Focus moves after React has committed, so the closing <dialog> cannot take it elsewhere.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) resetButton.current?.focus();
  }, [focusRequest]);

  /** The store, or null with a message when its code cannot be downloaded (offline before it was cached). */
  async function storeOrMessage() {
    const store = await loadProgressStore().catch(() => null);
    if (!store)
      setMessage({
        ok: false,
        text: 'The progress tools could not be downloaded: the site could not be reached. Your progress was not changed.',
      });
    return store;
  }

  async function exportFile() {
    const store = await storeOrMessage();
    if (!store) return;
    const blob = new Blob([store.exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = progressFileName(new Date());
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ ok: true, text: `Saved ${link.download}.` });
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_PROGRESS_FILE_BYTES) {
      setMessage({
        ok: false,
        text: `${file.name} is too large to be a Skillshell progress file. Your progress was not changed.`,
      });
      return;
    }
    const store = await storeOrMessage();
    if (!store) return;
    const outcome = store.importText(await file.text(), { exercises: exerciseIds, lessons: lessonIds });
    setMessage({ ok: outcome.ok, text: outcome.ok ? outcome.message : `${file.name}: ${outcome.message}` });
  }

  const done = progress ? exerciseIds.filter((id) => Object.hasOwn(progress.exercises, id)).length : 0;
  const read = progress ? lessonIds.filter((id) => Object.hasOwn(progress.lessons, id)).length : 0;

  return (
    <section className={styles.controls} aria-labelledby="progress-title">
      <h2 id="progress-title">Your progress</h2>
      <p>
        {progress
          ? `${done} of ${exerciseIds.length} exercises done, ${read} of ${lessonIds.length} lessons read.`
          : 'Loading your progress…'}{' '}
        It is kept in this browser only; export it to move it to another browser.
      </p>
      <ProgressNotice />
      <div className={styles.buttons}>
        <button type="button" onClick={() => void exportFile()} disabled={!progress}>
          Export progress
        </button>
        <input
          id={inputId}
          className={styles.fileInput}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event)}
        />
        <label htmlFor={inputId} className={styles.fileLabel}>
          Import progress from a file
        </label>
        <button ref={resetButton} type="button" onClick={() => setConfirmReset(true)} disabled={!progress}>
          Reset progress
        </button>
      </div>
      <p role="status" className={styles.message}>
        {message?.ok ? message.text : ''}
      </p>
      <p role="alert" className={`${styles.message} ${styles.refused}`}>
        {message && !message.ok ? message.text : ''}
      </p>
      {confirmReset ? (
        <ConfirmDialog
          title="Reset your progress?"
          message="This forgets every completed exercise and read lesson in this browser. Export first if you want to keep a copy. Your sandboxes keep their files; an exercise counts again once you complete it again."
          choices={[
            { label: 'Cancel', value: 'cancel', primary: true },
            { label: 'Reset progress', value: 'reset', danger: true },
          ]}
          onChoose={(value) => {
            setConfirmReset(false);
            if (value === 'reset') {
              void storeOrMessage().then((store) => {
                if (!store) return;
                store.reset();
                setMessage({ ok: true, text: 'Progress reset.' });
              });
            }
            setFocusRequest((n) => n + 1);
          }}
        />
      ) : null}
    </section>
  );
}
