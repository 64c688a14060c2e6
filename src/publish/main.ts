/**
 * The publisher workbench (publish.html): the clerk picks or drops a ledger, a worker reads it
 * with the command line's reader, the page shows how each column was understood, every problem,
 * a preview of the four widgets and the downloads. Nothing leaves the browser.
 */
import { render } from 'lit';
import '../index.js';
import { LedgerReader, type Outcome } from './reader.js';
import type { Reading } from './protocol.js';
import { makeDownloads, type Download } from './downloads.js';
import { columnsView, downloadsView, previewView, problemsView } from './view.js';
import { firstLanguage, isTextKey, pageText, type PageLang, type TextKey } from './text.js';

interface State {
  lang: PageLang;
  files: File[];
  choices: Record<string, string>;
  busy: boolean;
  /** The status line (also the live region's text). */
  status: { key: TextKey; params?: Record<string, string | number> };
  result?: Reading;
  /** Why reading stopped when the worker did not answer. */
  stopped?: string;
  downloads?: { list: Download[]; revoke: () => void };
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const reader = new LedgerReader();
const state: State = {
  lang: firstLanguage(navigator.languages ?? [navigator.language], document.documentElement.getAttribute('lang')),
  files: [],
  choices: {},
  busy: false,
  status: { key: 'idle' },
};
let slowTimer: ReturnType<typeof setTimeout> | undefined;

const fileNames = () => state.files.map((f) => f.name).join(state.lang === 'zh' ? '、' : ', ');

function applyLanguage(): void {
  const lang = state.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = pageText(lang, 'title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = el.dataset.text ?? '';
    if (isTextKey(key)) el.textContent = pageText(lang, key);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

function renderAll(): void {
  const { lang, result } = state;
  const status = pageText(lang, state.status.key, state.status.params);
  $('status').textContent = state.stopped ? `${status} ${state.stopped}` : status;
  $('status').toggleAttribute('data-busy', state.busy);
  document.body.toggleAttribute('data-busy', state.busy);
  $('results').hidden = !result;
  if (!result) return;
  const oneFile = state.files.length === 1;
  render(columnsView(result.columns, lang, state.choices, choose), $('columns'));
  render(problemsView(result.problems, lang, oneFile), $('problems'));
  render(previewView(result.feed, result.ok, lang), $('preview'));
  render(downloadsView(state.downloads?.list, (result.feed?.events.length ?? 0) > 0, lang), $('downloads'));
}

function show(outcome: Outcome): void {
  if (outcome.kind === 'replaced') return;
  state.busy = false;
  clearTimeout(slowTimer);
  state.downloads?.revoke();
  state.downloads = undefined;
  state.stopped = undefined;
  const files = fileNames();
  if (outcome.kind === 'timeout' || outcome.kind === 'failed') {
    state.result = undefined;
    state.status = outcome.kind === 'timeout' ? { key: 'tooSlow', params: { s: outcome.seconds } } : { key: 'crashed', params: { detail: outcome.detail } };
    renderAll();
    return;
  }
  const result = outcome.result;
  state.result = result;
  if (result.ok && result.feed) {
    const made = makeDownloads(result.feed, state.files[0]?.name ?? 'feed', state.lang);
    state.downloads = { list: made.downloads, revoke: made.revoke };
  }
  state.status = result.readable
    ? { key: 'done', params: { files, errors: result.counts.errors, warnings: result.counts.warnings, notes: result.counts.notes } }
    : { key: 'unreadable', params: { files } };
  // An unreadable file: the reader's message (why, and how to fix it) is the status itself.
  if (!result.readable && result.problems[0]) state.stopped = state.lang === 'en' ? result.problems[0].message.en : result.problems[0].message['zh-Hans'];
  renderAll();
}

async function read(): Promise<void> {
  if (state.files.length === 0) return;
  state.busy = true;
  state.status = { key: 'reading', params: { files: fileNames() } };
  state.stopped = undefined;
  renderAll();
  clearTimeout(slowTimer);
  slowTimer = setTimeout(() => {
    if (!state.busy) return;
    state.status = { key: 'slow' };
    renderAll();
  }, 4000);
  show(await reader.read(state.files, state.lang, state.choices));
}

function choose(header: string, field: string): void {
  const choices = { ...state.choices };
  if (field) choices[header] = field;
  else delete choices[header];
  state.choices = choices;
  void read();
}

function take(list: FileList | null | undefined): void {
  const files = [...(list ?? [])];
  if (files.length === 0) return;
  state.files = files;
  state.choices = {};
  void read();
}

function setUp(): void {
  applyLanguage();
  renderAll();
  const input = $<HTMLInputElement>('ledger-file');
  input.addEventListener('change', () => take(input.files));
  const drop = $('drop');
  // Dropped anywhere on the page: read (never let the browser open the file instead).
  document.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.toggleAttribute('data-over', true);
  });
  document.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) drop.toggleAttribute('data-over', false);
  });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.toggleAttribute('data-over', false);
    take(e.dataTransfer?.files);
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.addEventListener('click', () => {
      const lang = button.dataset.lang === 'en' ? 'en' : 'zh';
      if (lang === state.lang) return;
      state.lang = lang;
      applyLanguage();
      renderAll();
      // The column labels and the static page come in the reader's language: read again.
      if (state.files.length) void read();
    });
  }
}

setUp();
