// The editor panel: Monaco on a sandbox file with nano's main keys, a collapsible file tree, Save/Close, AWS diagnostics.
'use client';

import './monaco-setup';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { awsFileKind, diagnoseAwsFile } from '@/lib/diagnostics';
// The region list is lib/aws's (the simulated CLI's own); the deep import keeps the rest of lib/aws out of this chunk.
import { AWS_REGIONS } from '@/lib/aws/config/known-names';
import { displayPath } from '@/lib/terminal';
import type { Sandbox } from '@/lib/shell/types';
import { ConfirmDialog } from '../terminal/ConfirmDialog';
import { DiagnosticList } from './DiagnosticList';
import { FileTree } from './FileTree';
import { languageFor, typingOptionsFor } from './language-for';
import { NANO_KEY_HELP, nanoActionFor, nanoEdit } from './nano-keys';
import styles from './Editor.module.css';

type MonacoEditor = Parameters<OnMount>[0];
type Monaco = Parameters<OnMount>[1];

export interface EditorPanelProps {
  sandbox: Sandbox | null;
  /** A request to edit a path (null: only the file tree); `id` changes with every request (`nano` twice). */
  request: { path: string | null; id: number };
  onSaved(): void;
  onClose(): void;
}

export default function EditorPanel({ sandbox, request, onSaved, onClose }: EditorPanelProps) {
  const [path, setPath] = useState<string | null>(request.path);
  const [saved, setSaved] = useState<string>('');
  const [value, setValue] = useState<string>('');
  const [isNew, setIsNew] = useState(false);
  const [status, setStatus] = useState('');
  const [ask, setAsk] = useState<{ next: string | null } | null>(null);
  const [treeVersion, setTreeVersion] = useState(0);
  const [mounted, setMounted] = useState(0);
  // Opened by `nano FILE` the editor takes the whole width; the tree is one click away.
  const [treeOpen, setTreeOpen] = useState(request.path === null);
  const panelRef = useRef<HTMLElement>(null);
  const editorBoxRef = useRef<HTMLDivElement>(null);
  const treeId = useId();
  const editorRef = useRef<{ editor: MonacoEditor; monaco: Monaco } | null>(null);
  const headingId = useId();
  const home = sandbox?.home ?? '/home/learner';
  const dirty = path !== null && value !== saved;

  useEffect(() => {
    if (!sandbox || path === null) return;
    const content = sandbox.readFile(path);
    setSaved(content ?? '');
    setValue(content ?? '');
    setIsNew(content === null);
    const folder = parentOf(path);
    setStatus(
      content !== null
        ? ''
        : sandbox.listDirectory(folder) === null
          ? `${displayPath(path, home)} is a new file, but the folder ${displayPath(folder, home)} does not exist yet: create it in the terminal with mkdir ${displayPath(folder, home)} before you save.`
          : `${displayPath(path, home)} is a new file: it is created when you save.`,
    );
  }, [sandbox, path, home]);

  const kind = path && sandbox ? awsFileKind(path, home, sandbox.exportedEnv()) : null;
  const diagnostics = useMemo(
    () => (kind ? diagnoseAwsFile(kind, value, { regions: AWS_REGIONS }) : []),
    [kind, value],
  );

  useEffect(() => {
    const current = editorRef.current;
    const model = current?.editor.getModel();
    if (!current || !model) return;
    const severity = current.monaco.MarkerSeverity;
    current.monaco.editor.setModelMarkers(
      model,
      'skillshell',
      diagnostics.map((d) => ({
        startLineNumber: d.line,
        endLineNumber: d.line,
        startColumn: d.column,
        endColumn: Math.max(d.endColumn, d.column + 1),
        message: d.message,
        severity:
          d.severity === 'error'
            ? severity.Error
            : d.severity === 'warning'
              ? severity.Warning
              : severity.Info,
      })),
    );
  }, [diagnostics, mounted]);

  const save = (): boolean => {
    if (!sandbox || path === null) return false;
    const folder = parentOf(path);
    if (sandbox.listDirectory(folder) === null) {
      // Like nano ("Error writing …: No such file or directory"), plus the way out.
      setStatus(
        `Could not save ${displayPath(path, home)}: the folder ${displayPath(folder, home)} does not exist. Create it in the terminal with mkdir ${displayPath(folder, home)} (your text stays here), then save again.`,
      );
      return false;
    }
    try {
      const mode = sandbox.fileMode(path);
      sandbox.writeFile(path, value, mode ?? undefined);
      setSaved(value);
      setIsNew(false);
      setTreeVersion((v) => v + 1);
      setStatus(`Saved ${displayPath(path, home)}.`);
      onSaved();
      return true;
    } catch (error) {
      console.error(error);
      setStatus(`Could not save ${displayPath(path, home)}. Your text stays here; try again.`);
      return false;
    }
  };

  const leave = (next: string | null) => {
    if (dirty) setAsk({ next });
    else if (next === null) onClose();
    else setPath(next);
  };

  // `nano FILE` while the editor is open: switch files, asking first when there are unsaved changes.
  const lastRequest = useRef(request.id);
  useEffect(() => {
    if (lastRequest.current === request.id) return;
    lastRequest.current = request.id;
    if (request.path !== null && request.path !== path) leave(request.path);
    // Only a new request switches files (not a change of `path` or `dirty`).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately keyed on the request alone
  }, [request]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    }
    // Escape closes (asking first); Monaco keeps it when a widget such as find or a suggestion is open.
    if (event.key === 'Escape' && !event.defaultPrevented && ask === null) {
      event.preventDefault();
      leave(null);
    }
  };

  // nano's keys, caught before Monaco's own bindings (Ctrl+K starts Monaco's chords, Ctrl+X cuts).
  const actions = useRef({ save, leave });
  actions.current = { save, leave };
  const cutBuffer = useRef({ text: '', fresh: true });
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      const box = editorBoxRef.current;
      const action = nanoActionFor(event);
      if (action !== 'cut-line' && !MODIFIERS.has(event.key)) cutBuffer.current.fresh = true;
      if (!action || !box || !(event.target instanceof Node) || !box.contains(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      const current = editorRef.current;
      if (action === 'write-out') actions.current.save();
      else if (action === 'exit') actions.current.leave(null);
      else if (current) nanoEdit(current.editor, action, cutBuffer.current);
    };
    panel.addEventListener('keydown', onKey, true);
    return () => panel.removeEventListener('keydown', onKey, true);
  }, []);

  const onMount: OnMount = (editor, monaco) => {
    editorRef.current = { editor, monaco };
    // Unix line ends whatever the learner's system: Monaco would pick CRLF on Windows, and `\r` changes
    // what the AWS CLI reads (a key named `region\r`).
    editor.getModel()?.setEOL(monaco.editor.EndOfLineSequence.LF);
    editor.focus();
    setMounted((n) => n + 1); // re-run the markers effect now that the model exists
  };

  const language = path ? languageFor(path) : 'plaintext';
  return (
    <section ref={panelRef} className={styles.panel} aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div className={styles.header}>
        <h3 id={headingId} className={styles.heading}>
          {path ? `Editing ${displayPath(path, home)}` : 'Files'}
          {dirty ? <span className={styles.dirty}> (unsaved changes)</span> : null}
        </h3>
        <span className={styles.buttons}>
          {sandbox ? (
            <button
              type="button"
              aria-expanded={treeOpen}
              aria-controls={treeId}
              onClick={() => setTreeOpen((open) => !open)}
            >
              {treeOpen ? 'Hide files' : 'Show files'}
            </button>
          ) : null}
          {path ? (
            <button type="button" onClick={save} disabled={!dirty && !isNew}>
              Save
            </button>
          ) : null}
          <button type="button" onClick={() => leave(null)}>
            Close
          </button>
        </span>
      </div>
      <div className={styles.body} data-tree={treeOpen ? 'open' : 'closed'}>
        <div id={treeId} hidden={!treeOpen} className={styles.treeBox}>
          {sandbox && treeOpen ? (
            <FileTree
              sandbox={sandbox}
              current={path}
              onOpen={(p) => p !== path && leave(p)}
              version={treeVersion}
            />
          ) : null}
        </div>
        <div className={styles.main}>
          {path && sandbox ? (
            <div ref={editorBoxRef} className={styles.editorBox}>
              <Editor
                key={path}
                path={path}
                value={value}
                language={language}
                theme="vs-dark"
                onChange={(v) => setValue(v ?? '')}
                onMount={onMount}
                loading={<p className={styles.loading}>Loading the editor…</p>}
                options={{
                  ariaLabel: `Editor: ${displayPath(path, home)}. Ctrl+O saves, Ctrl+X or Escape closes, Ctrl+K cuts the line.`,
                  minimap: { enabled: false },
                  // iOS zooms into inputs under 16 px.
                  fontSize: phoneSized() ? 16 : 14,
                  lineNumbersMinChars: 3,
                  scrollBeyondLastLine: false,
                  tabFocusMode: true,
                  ...typingOptionsFor(language),
                  automaticLayout: true,
                  renderValidationDecorations: 'on',
                }}
              />
            </div>
          ) : (
            <p className={styles.hint}>
              Choose a file, or type <code>nano FILE</code> in the terminal to open or create one.
            </p>
          )}
          {path ? (
            <p className={styles.keyHelp}>
              {NANO_KEY_HELP.map(({ keys, label }) => (
                <span key={keys} className={styles.keyItem}>
                  <kbd>{keys}</kbd> {label}
                </span>
              ))}
            </p>
          ) : null}
          <p role="status" className={styles.status}>
            {status}
          </p>
          {kind ? (
            <DiagnosticList diagnostics={diagnostics} fileLabel={displayPath(path ?? '', home)} />
          ) : null}
        </div>
      </div>
      {ask ? (
        <ConfirmDialog
          title="Save your changes?"
          message={`${displayPath(path ?? '', home)} has changes that are not saved yet.`}
          choices={[
            { label: 'Save', value: 'save', primary: true },
            { label: "Don't save", value: 'discard', danger: true },
            { label: 'Cancel', value: 'cancel' },
          ]}
          onChoose={(choice) => {
            const next = ask.next;
            setAsk(null);
            if (choice === 'cancel') {
              editorRef.current?.editor.focus();
              return;
            }
            if (choice === 'save' && !save()) return;
            if (next === null) onClose();
            else setPath(next);
          }}
        />
      ) : null}
    </section>
  );
}

const phoneSized = () => window.matchMedia('(max-width: 40rem), (pointer: coarse)').matches;

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta']);

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}
