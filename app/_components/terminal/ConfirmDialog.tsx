// An accessible confirmation dialog (native <dialog> opened modally: focus trapped, Escape cancels).
'use client';

import { useEffect, useId, useRef } from 'react';
import styles from './Terminal.module.css';

export interface ConfirmChoice {
  label: string;
  value: string;
  /** The default (focused) choice. */
  primary?: boolean;
  danger?: boolean;
}

/** Asks a question; `onChoose` gets a choice's value, or `cancel` on Escape. */
export function ConfirmDialog({
  title,
  message,
  choices,
  onChoose,
}: {
  title: string;
  message: string;
  choices: ConfirmChoice[];
  onChoose(value: string): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id={titleId} className={styles.dialogTitle}>
        {title}
      </h2>
      <p id={messageId}>{message}</p>
      <div className={styles.dialogButtons}>
        {choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            autoFocus={choice.primary}
            className={choice.danger ? styles.danger : choice.primary ? styles.primary : undefined}
            onClick={() => onChoose(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
