// The terminal and the exercise panel as lazy islands: the page's first load carries neither one's code.
'use client';

import { lazy, Suspense } from 'react';
import type { TerminalProps } from '../terminal/Terminal';
import type { ExercisePanelProps } from './ExercisePanel';
// Their styles come with the page's CSS (the server's HTML shows both before their code arrives).
import '../terminal/Terminal.module.css';
import './ExercisePanel.module.css';

/*
 * Why lazy: neither does anything before the sandbox engine is there, and their code (the terminal's line
 * editor, completion tables, controller; the checklist's Markdown) was most of the page's own first-load
 * JavaScript. The server renders both in full; in the browser each Suspense boundary keeps that HTML
 * until its chunk (preloaded with the HTML, see scripts/build.ts) arrives, then hydrates. Meanwhile a line
 * entered in the terminal is kept by the inline early-input script (terminal/early-input.ts) and runs then.
 * (React writes these boundaries at the end of a long page's HTML and moves them into place with a small
 * inline script, `$RC`, at the first frame: it outlines every boundary after the first 12.8 kB of HTML.)
 */
const loadIslands = () => import('./live-islands');
const Terminal = lazy(() => loadIslands().then((islands) => ({ default: islands.Terminal })));
const ExercisePanel = lazy(() => loadIslands().then((islands) => ({ default: islands.ExercisePanel })));

export function TerminalIsland(props: TerminalProps) {
  return (
    <Suspense>
      <Terminal {...props} />
    </Suspense>
  );
}

export function ExercisePanelIsland(props: ExercisePanelProps) {
  return (
    <Suspense>
      <ExercisePanel {...props} />
    </Suspense>
  );
}
