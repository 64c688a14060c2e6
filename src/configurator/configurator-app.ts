/**
 * <civic-embed-configurator>: the page that writes the embed snippet for web editors
 * (dist/configurator.html). Pick a widget, enter the feed URL (checked on the spot), set the
 * options, see the live preview, copy the snippet: module script + tag, or iframe.
 * Not part of the widget library: it is a page of its own.
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { baseStyles } from '../internal/tokens.js';
import { defineElement } from '../internal/define.js';
import { addPageTexts, followPageLanguage, uiLocale } from '../internal/locale.js';
import { validate } from '../feed/validate.js';
import { pickText } from '../feed/text.js';
import type { Feed, Problem } from '../feed/types.js';
import { iframeSnippet, moduleSnippet, type EmbedChoice, type Hosting, type WidgetName } from './snippet.js';
import { DEFAULT_HEADING_LEVEL, WIDGETS, embedChoice, fromManifest, staleAfterChoice, widgetName } from './choice.js';
import { editorAgeLines } from '../internal/data-age.js';
import { styles } from './configurator.styles.js';

// This page's own Chinese texts, loaded with the widgets' (before the element below connects).
addPageTexts(() => import('../generated/locales/zh-Hans-pages.js'));

interface FeedCheck {
  state: 'idle' | 'checking' | 'ok' | 'error';
  feed?: Feed;
  problems: Problem[];
  message?: string;
}

export class CivicEmbedConfigurator extends LitElement {
  static override styles = [...baseStyles, styles];

  static override properties = {
    widget: { state: true },
    src: { state: true },
    form: { state: true },
    options: { state: true },
    check: { state: true },
    copied: { state: true },
    selfHost: { state: true },
  };

  declare widget: WidgetName;
  declare src: string;
  declare form: 'module' | 'iframe';
  declare options: Record<string, string>;
  declare check: FeedCheck;
  declare copied: string;
  /** From manifest.json beside this page: civic-widgets.js's integrity and the files (chunks to preload). */
  declare selfHost: Omit<Hosting, 'base'>;
  private checkTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.widget = 'civic-task-list';
    this.src = '/feeds/miyun-2024.json';
    this.form = 'module';
    this.options = { theme: 'light', lang: '', accent: '', lazy: '', preload: '' };
    this.check = { state: 'idle', problems: [] };
    this.copied = '';
    this.selfHost = {};
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followPageLanguage();
    void this.checkFeed();
    fetch(new URL('manifest.json', location.href))
      .then((r) => (r.ok ? r.json() : undefined))
      .then((m: unknown) => (this.selfHost = fromManifest(m)))
      .catch(() => undefined);
  }

  private choice(): EmbedChoice {
    return embedChoice(this.widget, this.src, this.options);
  }

  private async checkFeed(): Promise<void> {
    const src = this.src.trim();
    if (!src) {
      this.check = { state: 'error', problems: [], message: msg('Enter the address of the feed.') };
      return;
    }
    this.check = { state: 'checking', problems: [] };
    try {
      const res = await fetch(new URL(src, location.href), { credentials: 'omit' });
      if (!res.ok) throw new Error(msg(str`The address answered with HTTP ${res.status}.`));
      const result = validate(await res.text());
      if (src !== this.src.trim()) return;
      this.check = result.fatal || !result.feed
        ? { state: 'error', problems: result.problems, message: msg('This is not a feed the widgets can read.') }
        : { state: 'ok', feed: result.feed, problems: result.problems };
    } catch (e) {
      this.check = {
        state: 'error',
        problems: [],
        message: e instanceof TypeError ? msg('The feed could not be fetched from here (is the address right, and does its server allow it?).') : String((e as Error).message),
      };
    }
  }

  private setOption(name: string, value: string): void {
    this.options = { ...this.options, [name]: value };
  }

  private onSrcInput(e: Event): void {
    this.src = (e.target as HTMLInputElement).value;
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.checkFeed(), 500);
  }

  private snippet(): string {
    const hosting = { base: new URL('.', location.href).href, ...this.selfHost };
    return this.form === 'module' ? moduleSnippet(this.choice(), hosting) : iframeSnippet(this.choice(), hosting);
  }

  private async copy(): Promise<void> {
    const text = this.snippet();
    try {
      await navigator.clipboard.writeText(text);
      this.copied = msg('Copied. Paste it into your page.');
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
      area?.focus();
      area?.select();
      this.copied = msg('Copying is not allowed here: the code is selected, press Ctrl+C (⌘C on a Mac).');
    }
  }

  private renderCheck() {
    const c = this.check;
    if (c.state === 'idle') return nothing;
    if (c.state === 'checking') return html`<p class="check-result">${msg('Checking the feed…')}</p>`;
    const lang = uiLocale();
    const list = c.problems.length
      ? html`<ul>
          ${c.problems.slice(0, 30).map((p) => html`<li>${p.message[lang]} <code>${p.path || '/'}</code></li>`)}
        </ul>`
      : nothing;
    if (c.state === 'error') return html`<div class="check-result error">${c.message}${list}</div>`;
    const f = c.feed!;
    return html`<div class="check-result">
      ${msg(str`The feed is readable: ${f.tasks.length} tasks, ${f.indicators.length} indicators, ${f.events.length} events.`)}
      ${c.problems.length ? html` ${msg(str`${c.problems.length} problems were repaired or left out:`)}${list}` : ' ' + msg('No problems found.')}
      ${this.renderAge(f)}
    </div>`;
  }

  /** How old the feed is and why it matters (the 14-day rule, the residents' notice after stale-after). */
  private renderAge(feed: Feed) {
    const lines = editorAgeLines(feed, new Date(), staleAfterChoice(this.options['stale-after']), uiLocale());
    return html`<p class="check-age" part="check-age">${lines.join(' ')}</p>`;
  }

  /** heading-level (not for the ring) and stale-after: every feed widget has them. */
  private renderCommonOptions() {
    const level = DEFAULT_HEADING_LEVEL[this.widget];
    return html`${level === undefined
        ? nothing
        : this.select('heading-level', msg('Heading level'), [
            ['', msg(str`As the widget has it (h${level})`)],
            ...[2, 3, 4, 5, 6].map((n) => [String(n), `h${n}`] as [string, string]),
          ])}
      <label for="opt-stale-after">${msg('Notice of old data after (days)')}</label>
      <input id="opt-stale-after" type="number" min="0" step="1" inputmode="numeric" placeholder="90" aria-describedby="hint-stale-after"
        .value=${this.options['stale-after'] ?? ''} @input=${(e: Event) => this.setOption('stale-after', (e.target as HTMLInputElement).value)} />
      <p class="hint" id="hint-stale-after">${msg('Residents see how old the data is once it is older than this. Empty: 90 days.')}</p>`;
  }

  private select(name: string, label: string, items: [string, string][]) {
    const id = `opt-${name}`;
    return html`<label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => this.setOption(name, (e.target as HTMLSelectElement).value)}>
        ${items.map(([value, text]) => html`<option value=${value} ?selected=${(this.options[name] ?? '') === value}>${text}</option>`)}
      </select>`;
  }

  private checkbox(name: string, label: string, onValue = '1', hint?: string) {
    const id = `opt-${name}`;
    return html`<div class="check">
      <input type="checkbox" id=${id} aria-describedby=${hint ? `hint-${name}` : nothing} .checked=${this.options[name] === onValue}
        @change=${(e: Event) => this.setOption(name, (e.target as HTMLInputElement).checked ? onValue : '')} /><label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`hint-${name}`}>${hint}</p>` : nothing}
    </div>`;
  }

  private renderWidgetOptions() {
    const feed = this.check.feed;
    const lang = uiLocale();
    const text = (t: Parameters<typeof pickText>[0]) => pickText(t, lang, feed?.lang);
    const all: [string, string] = ['', msg('All')];
    const sections: [string, string][] = [all, ...(feed?.sections ?? []).map((s) => [s.id, text(s.title)] as [string, string])];
    switch (this.widget) {
      case 'civic-task-list':
        return html`${this.select('section', msg('Section'), sections)}
          ${this.select('status', msg('Status'), [all, ['not-started', msg('Not started')], ['in-progress', msg('In progress')], ['completed', msg('Completed')], ['delayed', msg('Delayed')]])}
          <label for="opt-limit">${msg('Show at most (tasks)')}</label>
          <input id="opt-limit" type="number" min="1" .value=${this.options.limit ?? ''} @input=${(e: Event) => this.setOption('limit', (e.target as HTMLInputElement).value)} />
          ${this.checkbox('compact', msg('Compact (one line a task, for a sidebar)'))} ${this.checkbox('hide-filters', msg('Hide the filters'))}`;
      case 'civic-indicator-board':
        return html`${this.select('section', msg('Section'), sections)}
          ${this.select('sort', msg('Order'), [['feed', msg('As in the feed')], ['progress', msg('By progress')]])}`;
      case 'civic-progress-ring':
        return this.select('indicator', msg('Indicator'), (feed?.indicators ?? []).map((i) => [i.id, text(i.title)] as [string, string]));
      case 'civic-event-calendar':
        return html`${this.select('view', msg('View'), [['', msg('Automatic (agenda when narrow)')], ['month', msg('Month')], ['agenda', msg('Agenda')]])}
          ${this.select('category', msg('Category'), [all, ...(feed?.categories ?? []).map((c) => [c.id, text(c.title)] as [string, string])])}
          ${this.checkbox('lunar', msg('Hide lunar dates and solar terms'), 'off')}`;
      default:
        return nothing;
    }
  }

  override updated(): void {
    // The live preview, built with the DOM API from the same choice as the snippet.
    const box = this.renderRoot.querySelector('.preview');
    if (!box) return;
    const c = this.choice();
    const key = JSON.stringify(c);
    if ((box as HTMLElement).dataset.key === key) return;
    (box as HTMLElement).dataset.key = key;
    const el = document.createElement(c.widget);
    if (c.widget === 'civic-progress-ring' && !c.attributes.indicator && this.check.feed?.indicators[0]) {
      c.attributes.indicator = this.check.feed.indicators[0].id;
    }
    for (const [n, v] of Object.entries(c.attributes)) if (v !== undefined) el.setAttribute(n, v);
    if (c.src) el.setAttribute('src', c.src);
    if (c.theme && c.theme !== 'light') el.setAttribute('theme', c.theme);
    if (c.accent) el.style.setProperty('--civic-color-accent', c.accent);
    const link = document.createElement('a');
    link.href = c.src;
    link.textContent = c.fallbackText;
    el.append(link);
    box.replaceChildren(el);
  }

  override render() {
    return html`<header>
        <h1>${msg('Embed code configurator')}</h1>
        <button type="button" class="secondary" @click=${() => (document.documentElement.lang = uiLocale() === 'en' ? 'zh-CN' : 'en')}>
          ${uiLocale() === 'en' ? '中文' : 'English'}
        </button>
      </header>
      <p class="hint">${msg('Choose a widget and its data, see it live, then copy the code into your page.')}</p>
      <p class="hint"><a href="publish.html">${msg('For bureaus: turn your Excel ledger into the feed, in the browser')}</a></p>
      <div class="layout">
        <form @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>${msg('Widget and data')}</legend>
            <label for="widget">${msg('Widget')}</label>
            <select id="widget" @change=${(e: Event) => (this.widget = (e.target as HTMLSelectElement).value as WidgetName)}>
              ${WIDGETS.map((w) => html`<option value=${w} ?selected=${w === this.widget}>${widgetName(w)}</option>`)}
            </select>
            <label for="src">${msg('Feed address (URL)')}</label>
            <div class="row">
              <input id="src" type="text" inputmode="url" .value=${this.src} @input=${this.onSrcInput} />
              <button type="button" class="secondary" @click=${() => this.checkFeed()}>${msg('Check')}</button>
            </div>
            <div role="status" aria-live="polite">${this.renderCheck()}</div>
          </fieldset>
          <fieldset>
            <legend>${msg('Options')}</legend>
            ${this.renderWidgetOptions()} ${this.renderCommonOptions()}
            ${this.select('theme', msg('Colours'), [['light', msg('Light')], ['dark', msg('Dark')], ['auto', msg("Follow the visitor's system")]])}
            ${this.select('lang', msg('Language (iframe)'), [['', msg("The page's language")], ['zh-CN', '中文'], ['en', 'English']])}
            <label for="opt-accent">${msg('Accent colour')}</label>
            <input id="opt-accent" type="color" .value=${this.options.accent || '#0b5cad'} @change=${(e: Event) => this.setOption('accent', (e.target as HTMLInputElement).value)} />
            ${this.checkbox('lazy', msg('Load only when scrolled near (lazy)'))}
            ${this.checkbox('preload', msg('Add preload hints'), '1', this.options.lazy
              ? msg('Not for a lazy widget: it loads nothing before it is scrolled near.')
              : msg('The browser starts the feed and the code with the page: faster on slow mobile networks. For the script and tag only.'))}
          </fieldset>
        </form>
        <div>
          <h2>${msg('Preview')}</h2>
          <div class="preview" aria-label=${msg('Preview')} role="region" tabindex="0"></div>
          <h2>${msg('Your code')}</h2>
          <fieldset class="form-radios">
            <legend class="visually-hidden">${msg('How to embed')}</legend>
            <span><input type="radio" id="form-module" name="form" .checked=${this.form === 'module'} @change=${() => (this.form = 'module')} /><label for="form-module"> ${msg('Script and tag')}</label></span>
            <span><input type="radio" id="form-iframe" name="form" .checked=${this.form === 'iframe'} @change=${() => (this.form = 'iframe')} /><label for="form-iframe"> ${msg('iframe (for sites that remove scripts)')}</label></span>
          </fieldset>
          <label for="snippet" class="visually-hidden">${msg('Your code')}</label>
          <textarea id="snippet" readonly .value=${this.snippet()}></textarea>
          <button type="button" @click=${() => this.copy()}>${msg('Copy the code')}</button>
          <p class="copied" role="status" aria-live="polite">${this.copied}</p>
          <p class="hint">
            ${this.form === 'module'
              ? msg('Copy the self-host files (dist/self-host/) to your server first. Works under a strict Content Security Policy.')
              : msg("The iframe shows feeds from its own site only, unless embed-config.json beside embed.html lists the feed's origin.")}
          </p>
        </div>
      </div>`;
  }
}

defineElement('civic-embed-configurator', CivicEmbedConfigurator);
