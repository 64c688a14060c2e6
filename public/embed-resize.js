/*
 * civic-widgets embed-resize.js: include on a page that embeds civic-widgets iframes
 * (dist/embed.html) and each iframe takes the height its widget reports.
 *   <script src="/civic-widgets/embed-resize.js" defer></script>
 *   <iframe src="/civic-widgets/embed.html?widget=civic-task-list&src=/feeds/plan.json"
 *           title="规划任务进展" data-civic-embed></iframe>
 * A message counts only when it comes from one of this page's embed iframes (matched by
 * window; marked data-civic-embed or pointing at embed.html) and from that iframe's own origin. No globals, no inline styles (the style property is used).
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'civic-widgets:height' || typeof data.height !== 'number') return;
    if (!(data.height >= 0 && data.height < 100000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (!frame.hasAttribute('data-civic-embed') && !/\/embed\.html(\?|#|$)/.test(frame.src)) return;
      var origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.border = '0';
      frame.style.width = '100%';
      frame.style.height = Math.ceil(data.height) + 'px';
      return;
    }
  });
})();
