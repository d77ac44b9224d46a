/*
 * Briefing claims filter: progressive enhancement of /claims/. Without this script every claim is
 * listed and the (hidden) form stays out of the way. With it, the form appears; choosing a topic or a
 * credibility grade hides the claims that do not match, a live region says how many are shown, and the
 * choice is kept in the address (?topic=…&credibility=…&since=…) so a filtered view can be linked to.
 * "Changed since" (shown when the site was built with its git history) keeps the claims whose last
 * change is on or after the chosen day.
 * When the claims are split over pages (the form has data-paged), a choice leads to where every match
 * is: a topic to the topic's page, which lists its claims by grade; a grade to the first page of that
 * grade (claims are in grade order), where the filter then applies.
 * No inline code, no eval, no innerHTML: it runs under a strict Content-Security-Policy.
 */
(function () {
  'use strict';

  const form = document.getElementById('claims-filter');
  const list = document.getElementById('claims-list');
  const status = document.getElementById('claims-status');
  if (!form || !list || !status) return;

  const topic = form.elements.namedItem('topic');
  const credibility = form.elements.namedItem('credibility');
  const since = form.elements.namedItem('since');
  const items = Array.from(list.children).filter((li) => li.hasAttribute('data-credibility'));
  const total = items.length;

  /** Sets a select to value when it offers that option; otherwise to its first ("all") option. */
  function choose(select, value) {
    const known = Array.from(select.options).some((option) => option.value === value);
    select.value = known ? value : '';
  }

  function matches(item, topicValue, credibilityValue, sinceValue) {
    const topics = (item.getAttribute('data-topics') || '').split(' ');
    // ISO days (yyyy-mm-dd) sort as text; a claim never committed has no day and matches no date.
    const changed = item.getAttribute('data-changed') || '';
    return (topicValue === '' || topics.includes(topicValue)) &&
      (credibilityValue === '' || item.getAttribute('data-credibility') === credibilityValue) &&
      (sinceValue === '' || (changed !== '' && changed >= sinceValue));
  }

  function describe(shown) {
    const noun = total === 1 ? 'claim' : 'claims';
    const range = status.getAttribute('data-range');
    const text = shown === total ? 'All ' + total + ' ' + noun + ' shown' : shown + ' of ' + total + ' ' + noun + ' shown';
    return range ? text + ' (this page lists ' + range + ').' : text + '.';
  }

  /** Keeps the filter in the query string, leaving any other parameters and the fragment alone. */
  function remember(topicValue, credibilityValue, sinceValue) {
    const params = new URLSearchParams(location.search);
    const set = (name, value) => (value ? params.set(name, value) : params.delete(name));
    set('topic', topicValue);
    set('credibility', credibilityValue);
    set('since', sinceValue);
    const query = params.toString();
    history.replaceState(history.state, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }

  /** Split over pages: the option's page, with the grade kept in the address; null to filter in place. */
  function destination() {
    const chosen = topic.value ? topic.selectedOptions[0] : credibility.value ? credibility.selectedOptions[0] : null;
    const href = chosen ? chosen.getAttribute('data-href') : null;
    if (!form.hasAttribute('data-paged') || !href) return null;
    const url = new URL(href, location.href);
    if (!topic.value) url.searchParams.set('credibility', credibility.value);
    return url.pathname === location.pathname ? null : url.href;
  }

  function apply() {
    const away = destination();
    if (away) {
      location.assign(away);
      return;
    }

    const topicValue = topic.value;
    const credibilityValue = credibility.value;
    const sinceValue = since ? since.value : '';
    let shown = 0;
    for (const item of items) {
      const match = matches(item, topicValue, credibilityValue, sinceValue);
      item.hidden = !match;
      if (match) shown++;
    }
    status.textContent = describe(shown);
    remember(topicValue, credibilityValue, sinceValue);
  }

  const params = new URLSearchParams(location.search);
  choose(topic, params.get('topic') || '');
  choose(credibility, params.get('credibility') || '');
  if (since && /^\d{4}-\d{2}-\d{2}$/.test(params.get('since') || '')) since.value = params.get('since');

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // The reset event fires before the fields are reset; filter once they are.
  form.addEventListener('reset', () => setTimeout(apply, 0));

  form.hidden = false;
  apply();
})();
