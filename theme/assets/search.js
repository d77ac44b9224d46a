/*
 * Briefing search: progressive enhancement of /search/. Without this script the form still submits
 * ?q= as a plain GET; with it, results come from the site's own index (written at build time by
 * SearchIndexBuilder.cs), fetched from the same origin under the base path. No eval, no inline
 * code, no innerHTML: it runs under a strict Content-Security-Policy.
 *
 * Tokenizer rules, shared with SearchTokenizer.cs (tests run both on the same strings and on
 * every code point):
 *  1. Fold: Unicode NFD, drop non-spacing marks (Mn), lower-case, then final sigma 'ς' becomes 'σ'.
 *  2. A word is a maximal run of code points that are letters (L), decimal digits (Nd) or marks (M).
 *  3. Keep words of two or more UTF-16 units, and all-digit words of any length; drop stop words.
 *     A possessive "'s" falls away by itself: the apostrophe splits it off and "s" is too short.
 *  4. All-digit words joined by a single ',' or '.' ("11,000") are also emitted joined ("11000"),
 *     right after the last part.
 *
 * Files (formats in SearchIndexBuilder.cs): search/meta.json, search/docs.json and the shards
 * search/idx/<name>.json; a query fetches only the shards of its own terms.
 */
(function () {
  'use strict';

  const STOP_WORDS = new Set(('an and are as at be but by for from had has have he her his in into is ' +
    'it its of on or she that the their they this to was were which will with').split(' '));
  const WORDS = /[\p{L}\p{Nd}\p{M}]+/gu;
  const DIGITS = /^\p{Nd}+$/u;
  const TRAILING_WORD = /[\p{L}\p{Nd}\p{M}]+$/u;
  const KIND_ORDER = ['claim', 'source', 'topic', 'event', 'entity'];
  const MAX_RESULTS = 50;

  function fold(text) {
    return String(text).normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/ς/g, 'σ');
  }

  /** The terms of a text, in order, repeats included (rules above). */
  function tokenize(text) {
    const s = fold(text);
    const tokens = [];
    let number = [];
    let numberEnd = -1;
    const flushNumber = () => {
      if (number.length > 1) tokens.push(number.join(''));
      number = [];
    };
    for (const match of s.matchAll(WORDS)) {
      const word = match[0];
      const digits = DIGITS.test(word);
      const continues = number.length > 0 && match.index === numberEnd + 1 &&
        (s[numberEnd] === ',' || s[numberEnd] === '.');
      if (!digits || !continues) flushNumber();
      if (digits) {
        number.push(word);
        numberEnd = match.index + word.length;
      }
      if ((digits || word.length >= 2) && !STOP_WORDS.has(word)) tokens.push(word);
    }
    flushNumber();
    return tokens;
  }

  /** The shard holding a token: its first two UTF-16 units if [a-z0-9], else "x" + 4 hex digits each. */
  function shardName(token) {
    const key = token.slice(0, 2);
    if (/^[a-z0-9]+$/.test(key)) return key;
    let name = 'x';
    for (let i = 0; i < key.length; i++) name += key.charCodeAt(i).toString(16).padStart(4, '0');
    return name;
  }

  /** Undoes the delta encoding of a posting list. */
  function decode(gaps) {
    const numbers = [];
    let n = 0;
    for (const gap of gaps) numbers.push(n += gap);
    return numbers;
  }

  /**
   * The query's terms, each {term, prefix}. Only the last is a prefix, and only while it is being
   * typed: the query ends in the word it comes from (not in a space, a stop word or a single letter)
   * and it has the two units a shard name needs.
   */
  function parseQuery(query) {
    const terms = tokenize(query);
    const typing = String(query).match(TRAILING_WORD);
    const tail = typing ? tokenize(typing[0]) : [];
    const last = terms.length - 1;
    const typed = tail.length > 0 && tail[tail.length - 1] === terms[last] && terms[last].length >= 2;
    return terms.map((term, i) => ({ term, prefix: typed && i === last }));
  }

  const matches = (token, q) => token === q.term || (q.prefix && token.startsWith(q.term));

  /** The set of document numbers matching one term; loadShard(name) resolves to a shard object. */
  async function postings(q, loadShard) {
    const shard = await loadShard(shardName(q.term));
    const found = new Set();
    for (const token of q.prefix ? Object.keys(shard) : [q.term]) {
      if (Object.prototype.hasOwnProperty.call(shard, token) && matches(token, q)) {
        for (const n of decode(shard[token])) found.add(n);
      }
    }
    return found;
  }

  /**
   * Pure search: the numbers of the documents containing every term, ranked by how many terms their
   * title contains, then kind (claim, source, topic, event, entity), then document order.
   */
  async function search(query, docs, loadShard) {
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const sets = await Promise.all(terms.map((q) => postings(q, loadShard)));
    sets.sort((a, b) => a.size - b.size);
    const hits = [...sets[0]].filter((n) => n < docs.length && sets.every((set) => set.has(n)));
    const score = new Map(hits.map((n) => {
      const title = tokenize(docs[n][1]);
      return [n, terms.filter((q) => title.some((word) => matches(word, q))).length];
    }));
    const kind = (n) => KIND_ORDER.indexOf(docs[n][0]);
    return hits.sort((a, b) => score.get(b) - score.get(a) || kind(a) - kind(b) || a - b);
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { fold, tokenize, shardName, decode, parseQuery, search };
    return;
  }
  if (typeof document === 'undefined') return;

  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  if (!form || !input || !results) return;

  // The base path comes from the page; a base on another origin is ignored, never fetched.
  const baseMeta = document.querySelector('meta[name="briefing-base"]');
  let base = new URL((baseMeta && baseMeta.getAttribute('content')) || '/', location.href);
  if (base.origin !== location.origin) base = new URL('/', location.href);
  if (!base.pathname.endsWith('/')) base = new URL(base.pathname + '/', location.href);
  const siteUrl = (path) => new URL(path, base).href;

  async function getJson(path, options) {
    const response = await fetch(siteUrl(path), Object.assign({ credentials: 'same-origin' }, options));
    if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
    return response.json();
  }

  // The index is loaded once per page; a failed load is forgotten so that the next query retries.
  let indexPromise = null;
  function loadIndex() {
    indexPromise = indexPromise || (async () => {
      const meta = await getJson('search/meta.json', { cache: 'no-cache' });
      if (meta.version !== 1) throw new Error('unknown index version ' + meta.version);
      const version = '?v=' + encodeURIComponent(meta.hash);
      const docs = await getJson('search/docs.json' + version);
      const present = new Set(meta.shards);
      const shards = new Map();
      const loadShard = (name) => {
        if (!present.has(name)) return Promise.resolve({});
        if (!shards.has(name)) {
          const loading = getJson('search/idx/' + name + '.json' + version);
          loading.catch(() => shards.delete(name));
          shards.set(name, loading);
        }
        return shards.get(name);
      };
      return { docs, loadShard };
    })();
    indexPromise.catch(() => { indexPromise = null; });
    return indexPromise;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The count goes to the page's role="status" element, so a screen reader hears "3 results for …"
  // rather than the whole list; a theme without one gets the count above the results instead.
  function announce(className, text) {
    results.replaceChildren();
    if (status) {
      status.className = className;
      status.textContent = text;
    } else {
      results.append(element('p', className, text));
    }
  }

  function render(query, hits, docs) {
    const count = hits.length === 1 ? '1 result' : hits.length + ' results';
    const shown = hits.length > MAX_RESULTS ? ' (showing the first ' + MAX_RESULTS + ')' : '';
    const list = element('ol', 'search-list');
    for (const n of hits.slice(0, MAX_RESULTS)) {
      const [kind, title, url, snippet] = docs[n];
      const item = element('li', 'search-result search-' + kind);
      item.append(element('span', 'search-kind', kind), ' ');
      const link = element('a', 'search-title', title);
      link.href = siteUrl(url);
      item.append(link, element('p', 'search-snippet', snippet));
      list.append(item);
    }
    announce('search-count', count + ' for \u201C' + query + '\u201D' + shown);
    if (hits.length > 0) results.append(list);
  }

  // Each run is numbered, so a slow answer to an old query never overwrites a newer one.
  let latest = 0;
  async function run(query) {
    const mine = ++latest;
    const q = query.trim(); // for the URL and the count; search() needs any trailing space (see parseQuery)
    history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname);
    if (!q) {
      if (status) status.textContent = '';
      return results.replaceChildren();
    }
    try {
      const index = await loadIndex();
      const hits = await search(query, index.docs, index.loadShard);
      if (mine === latest) render(q, hits, index.docs);
    } catch (error) {
      if (mine === latest) {
        announce('search-error', 'Search is unavailable right now (' + error.message + '). Please try again later.');
      }
    }
  }

  let timer = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(input.value);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
