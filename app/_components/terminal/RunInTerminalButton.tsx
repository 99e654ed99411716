// "Run in terminal" for a lesson code block marked `runnable`: puts its command in the nearest terminal's input.
'use client';

import { useRef, useState } from 'react';
import { listTerminals, terminalNear } from './terminal-bus';
import styles from './RunInTerminalButton.module.css';

export function RunInTerminalButton() {
  const ref = useRef<HTMLButtonElement>(null);
  const [missing, setMissing] = useState(false);

  const run = () => {
    const block = ref.current?.closest('figure, .code-block');
    const pre = block?.querySelector('pre');
    if (!block || !pre) return;
    const terminal = terminalNear(block) ?? listTerminals()[0];
    if (!terminal) {
      setMissing(true);
      return;
    }
    terminal.placeInput((pre.textContent ?? '').replace(/\n$/, ''));
  };

  return (
    <>
      <button ref={ref} type="button" className={styles.run} onClick={run}>
        Run in terminal
      </button>
      <span className="visually-hidden" role="status">
        {missing ? 'There is no terminal on this page.' : ''}
      </span>
    </>
  );
}
