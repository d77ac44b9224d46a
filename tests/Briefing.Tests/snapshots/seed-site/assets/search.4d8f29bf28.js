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
 * Files (formats in SearchIndexBuilder.cs): search/meta.json, the shards search/idx/<file>.json and
 * the document chunks search/docs/<k>.json. A query fetches only the shards of its own terms and the
 * chunks of the results it shows.
 *
 * Matching: every term must match (AND). A term matches a token equal to it; the last term, while it
 * is being typed, also every token it begins. A term of five or more letters that matches nothing
 * matches the tokens of its shard family (same first two units) within an edit distance of 1, or 2
 * from eight letters on (a swap of two neighbours counts as one edit): "artilery" finds "artillery".
 */
(function () {
  'use strict';

  const STOP_WORDS = new Set(('an and are as at be but by for from had has have he her his in into is ' +
    'it its of on or she that the their they this to was were which will with').split(' '));
  const WORDS = /[\p{L}\p{Nd}\p{M}]+/gu;
  const DIGITS = /^\p{Nd}+$/u;
  const TRAILING_WORD = /[\p{L}\p{Nd}\p{M}]+$/u;
  const PAGE = 20;
  const MAX_PREFIX_SHARDS = 6;
  const MAX_FUZZY_SHARDS = 8;
  const FUZZY_FROM = 5;

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

  /** The file holding a shard key: the key if [a-z0-9], else "_" + 4 hex digits per UTF-16 unit. */
  function fileName(key) {
    if (/^[a-z0-9]+$/.test(key)) return key;
    let name = '_';
    for (let i = 0; i < key.length; i++) name += key.charCodeAt(i).toString(16).padStart(4, '0');
    return name;
  }

  /** The key of the shard that holds token: the longest key token starts with, or null. */
  function shardKey(token, keys) {
    let best = null;
    for (const key of keys) if (token.startsWith(key) && (best === null || key.length > best.length)) best = key;
    return best;
  }

  /** Undoes the delta encoding of a posting list: values are document number * 2 (+1 in the title). */
  function decode(gaps) {
    const values = [];
    let n = 0;
    for (const gap of gaps) values.push(n += gap);
    return values;
  }

  /**
   * The query's terms, each {term, prefix}. Only the last is a prefix, and only while it is being
   * typed: the query ends in the word it comes from (not in a space, a stop word or a single letter)
   * and it has the two units a shard key needs.
   */
  function parseQuery(query) {
    const terms = tokenize(query);
    const typing = String(query).match(TRAILING_WORD);
    const tail = typing ? tokenize(typing[0]) : [];
    const last = terms.length - 1;
    const typed = tail.length > 0 && tail[tail.length - 1] === terms[last] && terms[last].length >= 2;
    return terms.map((term, i) => ({ term, prefix: typed && i === last }));
  }

  /** Optimal string alignment distance, given up beyond limit. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let prev2 = null;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
        row.push(d);
        best = Math.min(best, d);
      }
      if (best > limit) return limit + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  const fuzzyLimit = (term) => (term.length >= 8 ? 2 : 1);

  /** Adds the postings of token in shard to found (number -> in title). */
  function collect(shard, token, found) {
    if (!Object.prototype.hasOwnProperty.call(shard, token)) return false;
    for (const v of decode(shard[token])) {
      const n = v >> 1;
      found.set(n, (found.get(n) || false) || (v & 1) === 1);
    }
    return true;
  }

  /**
   * The documents matching one term, as a Map number -> whether the match is in the title, and the
   * tokens that matched (for highlighting). loadShard(key) resolves to a shard object.
   */
  async function postings(q, keys, loadShard) {
    const found = new Map();
    const tokens = new Set();
    const own = shardKey(q.term, keys);
    const wanted = own === null ? [] : [own];
    if (q.prefix) {
      const longer = keys.filter((k) => k.length > q.term.length && k.startsWith(q.term));
      if (longer.length <= MAX_PREFIX_SHARDS) wanted.push(...longer);
    }
    for (const key of wanted) {
      const shard = await loadShard(key);
      for (const token of Object.keys(shard)) {
        if ((token === q.term || (q.prefix && token.startsWith(q.term))) && collect(shard, token, found)) tokens.add(token);
      }
    }
    let corrected = null;
    if (found.size === 0 && q.term.length >= FUZZY_FROM && !DIGITS.test(q.term)) {
      // The shard family: every key with the term's first two units, its own shards first.
      const family = keys.filter((k) => k.startsWith(q.term.slice(0, 2)))
        .sort((a, b) => Number(q.term.startsWith(b)) - Number(q.term.startsWith(a)) || (a < b ? -1 : 1));
      const limit = fuzzyLimit(q.term);
      let best = limit + 1;
      const near = [];
      for (const key of family.slice(0, MAX_FUZZY_SHARDS)) {
        const shard = await loadShard(key);
        for (const token of Object.keys(shard)) {
          const d = distance(q.term, token, limit);
          if (d <= limit) near.push({ token, d, shard });
          best = Math.min(best, d);
        }
      }
      for (const hit of near.filter((h) => h.d === best).sort((a, b) => (a.token < b.token ? -1 : 1))) {
        collect(hit.shard, hit.token, found);
        tokens.add(hit.token);
        corrected = corrected || hit.token;
      }
    }
    return { found, tokens, corrected };
  }

  /**
   * Pure search: {hits, tokens, corrections}. hits are the numbers of the documents matching every
   * term, ranked by how many terms their title holds, then document order (claims, sources, topics,
   * events, entities, then passages of the articles); tokens are every token that matched, and
   * corrections the terms that matched only through a near spelling ({from, to}).
   */
  async function search(query, keys, loadShard) {
    const terms = parseQuery(query);
    if (terms.length === 0) return { hits: [], tokens: new Set(), corrections: [] };
    const results = await Promise.all(terms.map((q) => postings(q, keys, loadShard)));
    const sets = results.map((r) => r.found).sort((a, b) => a.size - b.size);
    const hits = [...sets[0].keys()].filter((n) => sets.every((set) => set.has(n)));
    const score = new Map(hits.map((n) => [n, sets.filter((set) => set.get(n)).length]));
    hits.sort((a, b) => score.get(b) - score.get(a) || a - b);
    const tokens = new Set();
    for (const r of results) for (const t of r.tokens) tokens.add(t);
    const corrections = results.map((r, i) => ({ from: terms[i].term, to: r.corrected })).filter((c) => c.to);
    return { hits, tokens, corrections };
  }

  /** Splits text into [piece, isMatch] runs: words whose folded form is a matched token, or begins with the typed prefix. */
  function highlight(text, tokens, prefix) {
    const runs = [];
    let at = 0;
    for (const match of String(text).matchAll(WORDS)) {
      const word = fold(match[0]);
      if (tokens.has(word) || (prefix && word.startsWith(prefix))) {
        if (match.index > at) runs.push([text.slice(at, match.index), false]);
        runs.push([match[0], true]);
        at = match.index + match[0].length;
      }
    }
    if (at < text.length) runs.push([text.slice(at), false]);
    return runs;
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { fold, tokenize, fileName, shardKey, decode, parseQuery, distance, search, highlight };
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
      if (meta.version !== 2) throw new Error('unknown index version ' + meta.version);
      const version = '?v=' + encodeURIComponent(meta.hash);
      const cache = new Map();
      const once = (path) => {
        if (!cache.has(path)) {
          const loading = getJson(path + version);
          loading.catch(() => cache.delete(path));
          cache.set(path, loading);
        }
        return cache.get(path);
      };
      const keys = meta.shards;
      const present = new Set(keys);
      const loadShard = (key) => (present.has(key) ? once('search/idx/' + fileName(key) + '.json') : Promise.resolve({}));
      const loadDoc = async (n) => (await once('search/docs/' + Math.floor(n / meta.chunk) + '.json'))[n % meta.chunk];
      return { keys, loadShard, loadDoc };
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

  /** A text with its matches in <mark>, built node by node (no innerHTML). */
  function marked(tag, className, text, found) {
    const node = element(tag, className);
    for (const [piece, hit] of highlight(text, found.tokens, found.prefix)) {
      node.append(hit ? element('mark', 'search-match', piece) : piece);
    }
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

  const KIND_WORDS = { claim: 'claim', source: 'source', topic: 'topic', event: 'event', entity: 'person or place', passage: 'article' };

  function resultItem(doc, found) {
    const [kind, title, url, snippet, gradeCode, gradeLabel] = doc;
    const item = element('li', 'search-result search-' + kind);
    const head = element('p', 'search-head');
    head.append(element('span', 'search-kind', KIND_WORDS[kind] || kind), ' ');
    const link = marked('a', 'search-title', title, found);
    link.href = siteUrl(url);
    head.append(link);
    if (gradeCode) {
      const badge = element('span', 'badge cred-' + gradeCode);
      badge.append(element('span', 'visually-hidden', 'Credibility '), element('span', 'badge-code', gradeCode), ' ' + gradeLabel);
      head.append(' ', badge);
    }
    item.append(head, marked('p', 'search-snippet', snippet, found));
    return item;
  }

  // With no result, the reader gets the reasons a search fails and the ways round it.
  function emptyHelp() {
    const help = element('div', 'search-help');
    help.append(element('p', '', 'Every word must occur in a result. Try fewer words, another spelling, or a name as the sources write it.'));
    const links = element('p', '');
    links.append('Or browse ');
    const browse = [['topics/', 'the topics'], ['claims/', 'every claim'], ['chronology/', 'the chronology'], ['sources/', 'the sources']];
    browse.forEach(([path, text], i) => {
      const a = element('a', '', text);
      a.href = siteUrl(path);
      links.append(a, i < browse.length - 2 ? ', ' : i === browse.length - 2 ? ' or ' : '.');
    });
    help.append(links);
    return help;
  }

  async function render(query, result, index, mine) {
    const { hits, corrections } = result;
    const found = { tokens: result.tokens, prefix: null };
    let shown = 0;
    const count = hits.length === 1 ? '1 result' : hits.length + ' results';
    const fixed = corrections.length > 0
      ? ' (no exact match: showing ' + corrections.map((c) => '\u201C' + c.to + '\u201D for \u201C' + c.from + '\u201D').join(', ') + ')' : '';
    const list = element('ol', 'search-list');
    const more = element('button', 'button-secondary search-more', 'Show more results');
    more.type = 'button';
    async function showMore() {
      const next = hits.slice(shown, shown + PAGE);
      const docs = await Promise.all(next.map(index.loadDoc));
      if (mine !== latest) return;
      for (const doc of docs) list.append(resultItem(doc, found));
      shown += next.length;
      more.hidden = shown >= hits.length;
    }
    await showMore();
    if (mine !== latest) return;
    announce('search-count', count + ' for \u201C' + query + '\u201D' + fixed);
    if (hits.length > 0) {
      results.append(list);
      more.addEventListener('click', () => { showMore(); });
      results.append(more);
    } else {
      results.append(emptyHelp());
    }
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
      const result = await search(query, index.keys, index.loadShard);
      if (mine === latest) await render(q, result, index, mine);
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
