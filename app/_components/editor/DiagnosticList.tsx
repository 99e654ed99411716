// The editor's diagnostics as text under the editor, so screen-reader users get them without the markers.
import type { Diagnostic } from '@/lib/diagnostics';
import styles from './Editor.module.css';

const label = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

export function DiagnosticList({ diagnostics, fileLabel }: { diagnostics: Diagnostic[]; fileLabel: string }) {
  return (
    <section className={styles.problems} aria-label={`Problems in ${fileLabel}`}>
      <h4 className={styles.problemsHeading}>
        {diagnostics.length === 0
          ? 'No problems found in this file.'
          : `${diagnostics.length} ${diagnostics.length === 1 ? 'problem' : 'problems'} in this file`}
      </h4>
      {diagnostics.length > 0 ? (
        <ul className={styles.problemList}>
          {diagnostics.map((d, i) => (
            <li key={`${d.line}:${d.column}:${i}`} className={styles[d.severity]}>
              <strong>
                {label[d.severity]}, line {d.line}:
              </strong>{' '}
              {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
