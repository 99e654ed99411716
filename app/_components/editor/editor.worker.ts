// Monaco's editor web worker, bundled locally (never fetched from a CDN).
import 'monaco-editor/editor/editor.worker.js';
