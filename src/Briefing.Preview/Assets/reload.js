// Briefing preview: reloads the page when the site is rebuilt, and shows the build's problems on
// the page while the last good site stays on screen. Added by `briefing preview` only.
(function () {
  'use strict';
  const NOTICE_ID = 'briefing-preview-notice';
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = '/_briefing/notice.css';
  document.head.append(styles);

  function showProblems(problems, errors) {
    let notice = document.getElementById(NOTICE_ID);
    if (problems.length === 0) {
      if (notice) notice.remove();
      return;
    }
    if (!notice) {
      notice = document.createElement('aside');
      notice.id = NOTICE_ID;
      notice.setAttribute('role', 'alert');
      notice.className = 'briefing-preview-notice';
      document.body.prepend(notice);
    }
    const heading = document.createElement('strong');
    heading.textContent = errors
      ? 'The briefing has ' + problems.length + (problems.length === 1 ? ' problem' : ' problems') + '; this page is from the last good build.'
      : 'The briefing has ' + problems.length + (problems.length === 1 ? ' warning' : ' warnings') + '; this page is up to date.';
    const list = document.createElement('ul');
    for (const problem of problems.slice(0, 20)) {
      const item = document.createElement('li');
      const code = document.createElement('code');
      code.textContent = problem;
      item.append(code);
      list.append(item);
    }
    notice.replaceChildren(heading, list);
  }

  function applyStatus(text) {
    try {
      const status = JSON.parse(text);
      showProblems(status.problems, status.errors);
    } catch (error) {
      showProblems(['preview: unreadable status (' + error.message + ')'], true);
    }
  }

  fetch('/_briefing/status', { cache: 'no-store' }).then((r) => r.text()).then(applyStatus, () => {});

  const events = new EventSource('/_briefing/events');
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('status', (event) => applyStatus(event.data));
})();
