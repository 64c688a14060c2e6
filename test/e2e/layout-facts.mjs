/**
 * Layout measurements for the large-text test, run in the page (pass to page.evaluate): they walk
 * each widget's shadow tree (and nested shadow roots) and report, as short strings naming the
 * element:
 *   wide      elements whose box reaches past the viewport's left or right edge;
 *   clipped   buttons, links and form controls that stick out of the widget's box or of an
 *             ancestor that clips (overflow other than visible), or whose own content overflows;
 *   broken    words and numbers split across two lines, from Range.getClientRects of each word:
 *             numbers (a run of digits with its separators and %, or with its 年/月/日) and
 *             Latin-script words anywhere;
 *             Chinese words (Intl.Segmenter) in the widget's own labels only. Text that comes from
 *             the feed (`feedText`: the feed's strings) may break between any two Chinese
 *             characters, as Chinese text does; a label of the widget's own ("已完成", "周一") may not;
 *             and a line that starts with closing punctuation ("，", "。").
 *   small     buttons, links and form controls under 24 × 24 CSS px.
 * Elements that are not rendered or are visually hidden (1 px clip) are left out. A tag without a
 * shadow root (`body` for a whole page) is walked through its light DOM and every shadow root in it.
 */
export function layoutFacts([tags, feedText = []]) {
  const vw = window.innerWidth;
  const lang = document.documentElement.lang || 'zh-CN';
  const words = new Intl.Segmenter(lang.startsWith('zh') ? 'zh' : lang, {
    granularity: 'word',
  });
  const parentOf = (node) => (node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement);
  const name = (el) => {
    const host = el.getRootNode() instanceof ShadowRoot ? `${el.getRootNode().host.localName} ` : '';
    const cls = [...el.classList]
      .slice(0, 2)
      .map((c) => `.${c}`)
      .join('');
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `${host}${el.localName}${cls}${text ? ` "${text}"` : ''}`;
  };
  const hidden = (el) => {
    for (let e = el; e; e = parentOf(e)) {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden') return true;
      if (s.position === 'absolute' && (s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)')) return true;
      if (e.hidden) return true;
    }
    const r = el.getBoundingClientRect();
    return r.width <= 1 || r.height <= 1;
  };
  const clips = (el) => {
    const s = getComputedStyle(el);
    return s.overflowX !== 'visible' || s.overflowY !== 'visible';
  };
  const all = (root) => {
    const out = [];
    const walk = (node) => {
      for (const child of node.children) {
        out.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(root);
    return out;
  };
  const facts = {
    docWidth: document.documentElement.scrollWidth,
    viewport: vw,
    wide: [],
    clipped: [],
    broken: [],
    small: [],
  };
  for (const tag of tags) {
    for (const widget of document.querySelectorAll(tag)) {
      const box = widget.getBoundingClientRect();
      if (box.right > vw + 0.5 || box.left < -0.5) facts.wide.push(`${tag} (${Math.round(box.left)}–${Math.round(box.right)} px)`);
      const root = widget.shadowRoot ?? widget;
      const elements = all(root).filter((el) => !['style', 'script', 'template', 'slot'].includes(el.localName));
      for (const el of elements) {
        if (hidden(el)) continue;
        const r = el.getBoundingClientRect();
        // Cut off by a clipping box inside the viewport: not wider than the page (a cut-off
        // control is a "clipped" finding below).
        let clipper = parentOf(el);
        while (clipper && clipper !== widget && !clips(clipper)) clipper = parentOf(clipper);
        const clippedInside = clipper && clipper !== widget && clipper.getBoundingClientRect().right <= vw + 0.5;
        if (!clippedInside && (r.right > vw + 0.5 || r.left < -0.5)) facts.wide.push(`${name(el)} (${Math.round(r.left)}–${Math.round(r.right)} px)`);
        const control = el.matches('button, a[href], select, input:not([type=hidden]), summary, [role=button], [role=link], [role=tab]');
        if (!control) continue;
        if (r.width < 24 || r.height < 24) facts.small.push(`${name(el)} ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
        const outside = (c) => r.left < c.left - 0.5 || r.right > c.right + 0.5 || r.top < c.top - 0.5 || r.bottom > c.bottom + 0.5;
        if (outside(box)) {
          facts.clipped.push(`${name(el)} sticks out of ${tag}`);
          continue;
        }
        let ancestor = parentOf(el);
        while (ancestor && ancestor !== widget && !clips(ancestor)) ancestor = parentOf(ancestor);
        if (ancestor && ancestor !== widget && outside(ancestor.getBoundingClientRect()))
          facts.clipped.push(`${name(el)} cut off by ${name(ancestor)}`);
        else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          facts.clipped.push(`${name(el)} content ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
      // Words split across lines, in every text node that is shown.
      for (const el of [root, ...elements]) {
        for (const node of el.childNodes) {
          if (node.nodeType !== Node.TEXT_NODE || !node.data.trim()) continue;
          const parent = node.parentNode instanceof ShadowRoot ? null : node.parentNode;
          if (!parent || hidden(parent)) continue;
          const units = [];
          // Numbers with their separators and % are one unit; the rest as the segmenter splits it.
          // In a Chinese date each number keeps its unit ("2024年", "9月", "30日"); the date may
          // wrap between them, as Chinese text does (W3C clreq), never inside a number.
          const re = /[0-9０-９](?:[0-9０-９.,:/]*[0-9０-９])?[%％年月日]?/g;
          const numbers = [...node.data.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
          for (const [a, b] of numbers) units.push([a, b]);
          const text = node.data.trim();
          const fromFeed = feedText.some((f) => text.includes(f) || (text.length >= 2 && f.includes(text)));
          for (const s of words.segment(node.data)) {
            if (!s.isWordLike || s.segment.length < 2) continue;
            if (fromFeed && !/[A-Za-z]/.test(s.segment)) continue;
            const a = s.index;
            const b = a + s.segment.length;
            if (numbers.some(([x, y]) => a < y && b > x)) continue;
            units.push([a, b]);
          }
          // No line starts with closing punctuation ("，" "。" "）"): Chinese typesetting's first rule.
          for (const m of node.data.matchAll(/[，。、；：！？）》」』]/g)) {
            if (m.index === 0) continue;
            const rectOf = (i) => {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return [...range.getClientRects()].find((q) => q.width > 0);
            };
            const mark = rectOf(m.index);
            const before = rectOf(m.index - 1);
            if (mark && before && mark.top - before.top > Math.min(mark.height, before.height) / 2)
              facts.broken.push(`${name(parent)}: a line starts with "${m[0]}"`);
          }
          for (const [a, b] of units) {
            const range = document.createRange();
            range.setStart(node, a);
            range.setEnd(node, b);
            const rects = [...range.getClientRects()].filter((q) => q.width > 0);
            if (rects.length < 2) continue;
            const tops = rects.map((q) => q.top);
            const lineHeight = Math.min(...rects.map((q) => q.height));
            if (Math.max(...tops) - Math.min(...tops) > lineHeight / 2) facts.broken.push(`${name(parent)}: "${node.data.slice(a, b)}"`);
          }
        }
      }
    }
  }
  for (const key of ['wide', 'clipped', 'broken', 'small']) facts[key] = [...new Set(facts[key])];
  return facts;
}
