// Briefing preview: reloads the page when a rebuild changed it. The server writes the notice of the
// build's problems into every page; when a later build fails, or leaves this page as it was, this
// swaps in that build's notice (the last good site stays on screen). Added by `briefing preview` only.
(function () {
  'use strict';
  const NOTICE_ID = 'briefing-preview-notice';

  function showNotice(html) {
    const old = document.getElementById(NOTICE_ID);
    if (old) old.remove();
    if (!html) return;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    for (const node of Array.from(parsed.body.childNodes).reverse()) {
      document.body.prepend(document.importNode(node, true));
    }
  }

  function applyStatus(text) {
    try {
      showNotice(JSON.parse(text).notice);
    } catch (error) {
      const notice = document.createElement('aside');
      notice.id = NOTICE_ID;
      notice.setAttribute('role', 'alert');
      notice.textContent = 'preview: unreadable status (' + error.message + ')';
      showNotice('');
      document.body.prepend(notice);
    }
  }

  // A build may have failed between serving this page and opening the event stream.
  fetch('/_briefing/status', { cache: 'no-store' }).then((r) => r.text()).then(applyStatus, () => {});

  // The server tells this tab to reload only when the page it shows changed.
  const events = new EventSource('/_briefing/events?page=' + encodeURIComponent(location.pathname));
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('status', (event) => applyStatus(event.data));
})();
