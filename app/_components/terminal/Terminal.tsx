// The lesson terminal: a DOM terminal (log + labelled input) over the in-page sandbox, with an editor panel.
'use client';

import dynamic from 'next/dynamic';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  applyLineKey,
  complete,
  historyDown,
  historyUp,
  lineKeyFor,
  splitPaste,
  startHistory,
  terminalStorageKey,
  type HistoryCursor,
} from '@/lib/terminal';
import type { SandboxSetup } from '@/lib/shell/types';
import { ConfirmDialog } from './ConfirmDialog';
import { EARLY_INPUT_ATTRIBUTE, takeEarlyLines } from './early-input';
import { TerminalLog } from './TerminalLog';
import { registerTerminal, type TerminalHandle } from './terminal-bus';
import { useTerminalSession } from './use-terminal-session';
import styles from './Terminal.module.css';

// Monaco (~700 kB gzip) is fetched only when an editor first opens.
const EditorPanel = dynamic(() => import('../editor/EditorPanel'), {
  ssr: false,
  loading: () => <p className={styles.editorLoading}>Loading the editor…</p>,
});
// The "Why?" panel is fetched when first opened (it is not needed to run commands).
const WhyPanel = dynamic(() => import('./WhyPanel'), {
  ssr: false,
  loading: () => <p className={styles.editorLoading}>Loading the explanation…</p>,
});

export interface TerminalProps {
  /** The exercise this terminal belongs to (its state is saved separately). */
  exercise?: string;
  /** The lesson id; derived from the URL when absent. */
  lessonId?: string;
  /** Files and variables of a fresh sandbox. */
  setup?: SandboxSetup;
}

/** What the empty input says until the sandbox is ready (short: it fits after the prompt on a phone). */
const STARTING_PLACEHOLDER = 'Starting…';

/** How long a terminal stays near the viewport before it starts: one scrolled past on the way elsewhere does not. */
const NEAR_VIEWPORT_DWELL_MS = 200;

/**
 * Calls `start` once: when `root` stays within a screen of the viewport for a moment while the page is not
 * scrolling, or anything in it takes focus. A smooth scroll through the lesson (an "On this page" link) passes
 * terminals by without starting them: a terminal and its checklist change height when the sandbox is ready,
 * which during a smooth scroll would move the heading it is heading for.
 */
function startWhenNeeded(root: HTMLElement, start: () => void): () => void {
  let observer: IntersectionObserver | null = null;
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let near = false;
  const once = () => {
    cleanup();
    start();
  };
  const wait = () => {
    clearTimeout(dwell);
    if (near) dwell = setTimeout(once, NEAR_VIEWPORT_DWELL_MS);
  };
  const cleanup = () => {
    clearTimeout(dwell);
    observer?.disconnect();
    root.removeEventListener('focusin', once);
    window.removeEventListener('scroll', wait);
  };
  root.addEventListener('focusin', once);
  if (typeof IntersectionObserver === 'undefined') once();
  else {
    observer = new IntersectionObserver(
      (entries) => {
        near = entries.at(-1)?.isIntersecting ?? false;
        wait();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(root);
    window.addEventListener('scroll', wait, { passive: true });
  }
  return cleanup;
}

function lessonIdFrom(pathname: string | null): string {
  const match = /\/lessons\/(.+?)\/?$/.exec(pathname ?? '');
  return match?.[1] ?? pathname ?? 'page';
}

export function Terminal({ exercise, lessonId, setup }: TerminalProps) {
  const pathname = usePathname();
  const lesson = lessonId ?? lessonIdFrom(pathname);
  const storageKey = terminalStorageKey(lesson, exercise);
  const [editor, setEditor] = useState<{ path: string | null; id: number } | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [whyOpen, setWhyOpen] = useState(false);
  const whyButtonRef = useRef<HTMLButtonElement>(null);
  const whyPanelId = useId();
  const session = useTerminalSession({
    storageKey,
    setup,
    exerciseId: exercise,
    onOpenEditor: (path) => setEditor((e) => ({ path, id: (e?.id ?? 0) + 1 })),
  });
  const inputRef = useRef<HTMLInputElement>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const history = useRef<HistoryCursor | null>(null);
  // Lines of a "Run in terminal" block still to come: each Enter brings the next one into the input.
  const staged = useRef<string[]>([]);
  const promptId = useId();
  const busy = session.mode === 'running' || session.mode === 'loading';
  // Focus moves after React has committed, so a closing <dialog> cannot take it back to its opener.
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) inputRef.current?.focus();
  }, [focusRequest]);
  const focusInput = () => setFocusRequest((n) => n + 1);
  // Set once React has attached the handlers: from then on keystrokes are taken (and queued while loading).
  // Lines entered before that were kept by the inline script (early-input.ts): they run first.
  const [hydrated, setHydrated] = useState(false);
  // A line for the shell also starts the sandbox, if nothing else has yet (it waits in the queue meanwhile).
  const submit = (line: string) => {
    session.controller.submit(line);
    void session.controller.start();
  };
  useEffect(() => {
    const root = rootRef.current;
    if (root) for (const line of takeEarlyLines(root, storageKey)) submit(line);
    setHydrated(true);
    // Once, on hydration (a later key is a new terminal: nothing was typed into it before hydration).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately run once, on hydration
  }, []);
  // The sandbox starts when the terminal nears the viewport or takes focus, so a lesson's terminals far
  // below the fold cost nothing at load.
  const { controller } = session;
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    return startWhenNeeded(root, () => void controller.start());
  }, [controller]);

  useLayoutEffect(() => {
    const screen = screenRef.current;
    if (screen) screen.scrollTop = screen.scrollHeight;
  }, [session.log, session.prompt]);

  const sessionRef = useRef(session);
  sessionRef.current = session;
  const handle = useMemo<TerminalHandle>(
    () => ({
      key: storageKey,
      lessonId: lesson,
      exerciseId: exercise,
      element: () => rootRef.current,
      sandbox: () => sessionRef.current.controller.sandbox(),
      snapshot: () => sessionRef.current.controller.sandbox()?.snapshot() ?? null,
      question: () => (sessionRef.current.mode === 'prompting' ? sessionRef.current.prompt : null),
      placeInput: (text) => {
        const input = inputRef.current;
        if (!input) return;
        const [first = '', ...rest] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
        staged.current = rest;
        input.value = first;
        input.scrollIntoView({ block: 'center', behavior: 'smooth' });
        input.focus({ preventScroll: true });
        input.setSelectionRange(first.length, first.length);
      },
      reset: () => sessionRef.current.controller.reset(),
      registerHostCommand: (name, command) =>
        sessionRef.current.controller.registerHostCommand(name, command),
      onStateChange: (listener) => sessionRef.current.controller.onStateChange(listener),
    }),
    [storageKey, lesson, exercise],
  );
  useEffect(() => registerTerminal(handle), [handle]);

  const setLine = (text: string, cursor = text.length) => {
    const input = inputRef.current;
    if (!input) return;
    input.value = text;
    input.setSelectionRange(cursor, cursor);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const text = input.value;
    const cursor = input.selectionStart ?? text.length;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      history.current = null;
      setLine(staged.current.shift() ?? '');
      submit(text);
      return;
    }
    if (event.ctrlKey && !event.altKey && !event.metaKey) {
      const key = event.key.toLowerCase();
      if (key === 'c' && input.selectionStart === input.selectionEnd) {
        event.preventDefault();
        history.current = null;
        staged.current = [];
        setLine('');
        session.controller.interrupt(text);
        return;
      }
      if (key === 'l') {
        event.preventDefault();
        session.controller.clearScreen();
        return;
      }
      if (key === 'd' && text === '' && session.mode === 'prompting') {
        event.preventDefault();
        session.controller.interrupt('');
        return;
      }
      const lineKey = lineKeyFor(event);
      if (lineKey) {
        event.preventDefault();
        const next = applyLineKey({ text, cursor }, lineKey);
        setLine(next.text, next.cursor);
        return;
      }
    }
    if (event.key === 'Tab' && !event.shiftKey && text !== '' && session.mode !== 'prompting') {
      // An empty line lets Tab move focus on, so keyboard users are never trapped.
      event.preventDefault();
      const sandbox = session.controller.sandbox();
      if (!sandbox) return;
      const result = complete(
        { text, cursor },
        {
          home: sandbox.home,
          cwd: sandbox.cwd(),
          env: sandbox.exportedEnv(),
          readFile: (p) => sandbox.readFile(p),
          listDirectory: (p) => sandbox.listDirectory(p),
        },
      );
      if (result.candidates.length > 0) session.controller.showCandidates(text, result.candidates);
      else setLine(result.line.text, result.line.cursor);
      return;
    }
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && session.mode !== 'prompting') {
      event.preventDefault();
      const sandbox = session.controller.sandbox();
      history.current ??= startHistory(sandbox?.history().map((h) => h.command) ?? []);
      const step =
        event.key === 'ArrowUp' ? historyUp(history.current, text) : historyDown(history.current, text);
      history.current = step.cursor;
      setLine(step.text);
    }
  };

  const onPaste = (event: React.ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text');
    if (!/[\r\n]/.test(pasted)) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    const { lines, rest } = splitPaste(input.value.slice(0, start) + pasted + input.value.slice(end));
    history.current = null;
    setLine(rest);
    for (const line of lines) submit(line);
  };

  return (
    <section
      ref={rootRef}
      className={styles.terminal}
      aria-label={exercise ? `Terminal: ${exercise.replace(/-/g, ' ')}` : 'Terminal'}
      aria-busy={busy}
      data-hydrated={hydrated ? 'true' : undefined}
      data-terminal-key={storageKey}
    >
      <div className={styles.toolbar}>
        <span className={styles.title}>
          <span aria-hidden="true" className={styles.dots} />
          learner@skillshell
        </span>
        <span className={styles.actions}>
          <button
            ref={whyButtonRef}
            type="button"
            aria-label="Why? Explain the last aws call"
            aria-expanded={whyOpen}
            aria-controls={whyOpen ? whyPanelId : undefined}
            onClick={() => setWhyOpen((open) => !open)}
          >
            Why?
          </button>
          <button type="button" onClick={() => setEditor((e) => e ?? { path: null, id: 0 })}>
            Files
          </button>
          <button
            type="button"
            onClick={() => session.controller.newSession()}
            disabled={session.mode !== 'idle'}
          >
            New session
          </button>
          <button type="button" onClick={() => setConfirmReset(true)} disabled={session.mode === 'loading'}>
            Reset sandbox
          </button>
        </span>
      </div>
      {session.notices.length > 0 ? (
        <div role="status" className={styles.notices}>
          {session.notices.map((text, i) => (
            <p key={text} className={styles.noticeBanner}>
              {text}{' '}
              <button type="button" onClick={() => session.controller.dismissNotice(i)}>
                Dismiss
              </button>
            </p>
          ))}
        </div>
      ) : null}
      <div
        ref={screenRef}
        className={styles.screen}
        onMouseUp={() => {
          if (!window.getSelection()?.toString()) inputRef.current?.focus({ preventScroll: true });
        }}
      >
        <TerminalLog log={session.log} label="Terminal output" question={session.question} />
        <div className={styles.inputRow}>
          <span
            id={promptId}
            className={session.mode === 'prompting' ? `${styles.prompt} ${styles.question}` : styles.prompt}
          >
            {session.prompt}
          </span>
          <input
            ref={inputRef}
            className={styles.input}
            aria-label="Terminal input"
            aria-describedby={promptId}
            {...{ [EARLY_INPUT_ATTRIBUTE]: '' }}
            autoComplete="off"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            enterKeyHint="send"
            // Inside the input, not the toolbar: a status that comes and goes there rewrapped the toolbar and
            // shifted the page when the sandbox became ready.
            placeholder={session.mode === 'loading' ? STARTING_PLACEHOLDER : undefined}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
          />
        </div>
        {busy && session.queued > 0 ? (
          <p className={styles.queued}>
            {session.queued} {session.queued === 1 ? 'line' : 'lines'} typed ahead, waiting
          </p>
        ) : null}
      </div>
      {whyOpen ? (
        <WhyPanel
          id={whyPanelId}
          call={session.lastAwsCall}
          onClose={() => {
            setWhyOpen(false);
            whyButtonRef.current?.focus();
          }}
        />
      ) : null}
      {editor ? (
        <EditorPanel
          sandbox={session.controller.sandbox()}
          request={editor}
          onSaved={() => session.controller.persist()}
          onClose={() => {
            setEditor(null);
            focusInput();
          }}
        />
      ) : null}
      {confirmReset ? (
        <ConfirmDialog
          title="Reset the sandbox?"
          message="This deletes every file you created or changed in this terminal, its variables and its history, and starts over."
          choices={[
            { label: 'Cancel', value: 'cancel', primary: true },
            { label: 'Reset sandbox', value: 'reset', danger: true },
          ]}
          onChoose={(value) => {
            setConfirmReset(false);
            if (value === 'reset') void session.controller.reset().then(focusInput);
            else focusInput();
          }}
        />
      ) : null}
    </section>
  );
}

export default Terminal;
