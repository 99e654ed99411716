// The exercise checklist: one item per check with its status in words and, when failing, its message.
import { InlineMarkdown } from './Markdown';
import styles from './ExercisePanel.module.css';

/** A check as the panel shows it; `pending` before the first grading. */
export interface ChecklistItem {
  id: string;
  label: string;
  status: 'pass' | 'fail' | 'broken' | 'pending';
  message?: string;
}

const words: Record<ChecklistItem['status'], string> = {
  pass: 'done',
  fail: 'not yet',
  broken: 'broken check',
  pending: 'not checked yet',
};
const icons: Record<ChecklistItem['status'], string> = { pass: '✓', fail: '', broken: '!', pending: '…' };

export function Checklist({ results }: { results: ChecklistItem[] }) {
  return (
    <ul className={styles.checklist} aria-label="Checks">
      {results.map((item) => (
        <li key={item.id} className={styles.check} data-status={item.status}>
          <span className={styles.icon} aria-hidden="true">
            {icons[item.status]}
          </span>
          <span className={styles.checkText}>
            <span className={styles.label}>
              <InlineMarkdown source={item.label} />
            </span>
            <span className="visually-hidden"> ({words[item.status]})</span>
            {item.message ? (
              <span className={styles.message}>
                <InlineMarkdown source={item.message} />
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
