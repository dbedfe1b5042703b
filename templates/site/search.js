// Full-text search for search.html. Reads the index that isms writes to search-index.js
// (window.ISMS_SEARCH) and lists the pages holding every token of the query. tokens() must
// follow the same rules as Sources/ISMSSite/SearchTokens.swift; a test runs both on samples.
(function () {
  'use strict';

  // Han, kana and Hangul as [first, last] pairs, the table of SearchTokens.swift.
  var CJK = [
    0x1100, 0x11FF, 0x3005, 0x3007, 0x3021, 0x3029, 0x3038, 0x303B, 0x3041, 0x3096, 0x3099, 0x309F,
    0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3131, 0x318E, 0x31F0, 0x31FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF,
    0xA960, 0xA97F, 0xAC00, 0xD7FF, 0xF900, 0xFAFF, 0x1AFF0, 0x1B16F, 0x20000, 0x3FFFF
  ];
  // Letters, marks and digits. Engines without Unicode property escapes (ES2018) get an
  // approximation: anything but ASCII and common punctuation and spaces.
  var WORD = (function () {
    try { return new RegExp('[\\p{L}\\p{M}\\p{N}]', 'u'); } catch (e) { return /[^\u0000-\u007f\u00a0-\u00bf\u2000-\u206f\u3000-\u303f]/; }
  })();
  var DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  var MAX_RESULTS = 50;
  var data = typeof window !== 'undefined' ? window.ISMS_SEARCH : undefined;

  function isCjk(c) {
    for (var i = 0; i < CJK.length; i += 2) {
      if (c < CJK[i]) return false;
      if (c <= CJK[i + 1]) return true;
    }
    return false;
  }

  // 'w' word character, 'j' joiner inside ids like a.8.13, 'c' CJK, 's' separator.
  function kind(ch) {
    var c = ch.codePointAt(0);
    if (c < 0x80) return /[0-9A-Za-z]/.test(ch) ? 'w' : '-./:_'.indexOf(ch) >= 0 ? 'j' : 's';
    if (isCjk(c)) return 'c';
    return WORD.test(ch) ? 'w' : 's';
  }

  // The tokens of a text in order. out.open holds those of a word the text ends in, which the
  // user may still be typing: the whole compound and its last part.
  function tokens(text) {
    var s = text.normalize('NFKC').toLowerCase().replace(/ς/g, 'σ');
    var out = [], parts = [], word = '', whole = '', joiner = '', prev = '', run = 0;
    out.open = [];
    function endCompound() {
      if (word) parts.push(word);
      if (parts.length > 1) out.push(whole);
      out.push.apply(out, parts);
      parts = []; word = ''; whole = ''; joiner = '';
    }
    function endRun() {
      if (run === 1) out.push(prev);
      prev = ''; run = 0;
    }
    for (var ch of s) {
      var k = kind(ch);
      if (k === 'w') {
        endRun();
        if (joiner) { whole += joiner; joiner = ''; }
        word += ch; whole += ch;
      } else if (k === 'j') {
        endRun();
        if (word) { parts.push(word); word = ''; joiner = ch; } else if (joiner) endCompound();
      } else {
        if (whole) endCompound();
        if (k === 'c') { if (prev) out.push(prev + ch); prev = ch; run++; } else endRun();
      }
    }
    if (word) out.open = parts.length ? [whole, word] : [word];
    if (whole) endCompound();
    endRun();
    return out;
  }

  // Index of the first term not below t; terms are sorted by UTF-16 code units, as < compares.
  function lowerBound(t) {
    var lo = 0, hi = data.terms.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (data.terms[mid] < t) lo = mid + 1; else hi = mid; }
    return lo;
  }

  // Raises flags[page] to value for each page holding term i. A posting list is a string of the gaps
  // between page numbers in base 32, low digit first; digits worth 32 or more mean "more digits follow".
  function mark(flags, i, value) {
    var list = data.postings[i], page = 0, gap = 0, shift = 0;
    for (var k = 0; k < list.length; k++) {
      var digit = DIGITS.indexOf(list[k]);
      gap += (digit & 31) << shift;
      if (digit >= 32) { shift += 5; continue; }
      page += gap; gap = 0; shift = 0;
      if (flags[page] < value) flags[page] = value;
    }
  }

  // Per page: 2 holds the token, 1 holds a longer term it starts (open token) or sits in (lone CJK character).
  function matches(token, open) {
    var flags = new Uint8Array(data.pages.length), terms = data.terms, i = lowerBound(token), j;
    if (terms[i] === token) mark(flags, i, 2);
    var c = token.codePointAt(0);
    if (open) {
      for (j = i; j < terms.length && terms[j].startsWith(token); j++) mark(flags, j, 1);
    } else if (isCjk(c) && String.fromCodePoint(c) === token) {
      // A lone character is indexed only where it stands alone, so look inside the bigrams too.
      for (j = 0; j < terms.length; j++) if (terms[j].indexOf(token) >= 0) mark(flags, j, 1);
    }
    return flags;
  }

  // Page numbers holding every query token, best first: title hits, then exact hits, then site order.
  function search(query) {
    var q = tokens(query), wanted = [], n = data.pages.length, p;
    q.forEach(function (t) { if (wanted.indexOf(t) < 0) wanted.push(t); });
    if (!wanted.length) return null;
    var alive = new Uint8Array(n).fill(1), score = new Int32Array(n);
    wanted.forEach(function (t) {
      var flags = matches(t, q.open.indexOf(t) >= 0);
      for (p = 0; p < n; p++) { if (!flags[p]) alive[p] = 0; else if (flags[p] === 2) score[p] += 1; }
    });
    var hits = [];
    for (p = 0; p < n; p++) {
      if (!alive[p]) continue;
      var title = tokens(data.pages[p][1]);
      wanted.forEach(function (t) {
        var open = q.open.indexOf(t) >= 0;
        if (title.some(function (w) { return w === t || (open && w.startsWith(t)); })) score[p] += 2;
      });
      hits.push(p);
    }
    return hits.sort(function (a, b) { return score[b] - score[a] || a - b; });
  }

  function append(parent, tag, className, text) {
    var node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return parent.appendChild(node);
  }

  // Replaces the results with those of the query; the words come from the element's data- attributes.
  function show(box, query) {
    while (box.firstChild) box.removeChild(box.firstChild);
    var hits = data ? search(query) : null;
    if (!hits) return;
    var count = hits.length ? (box.getAttribute('data-count') || '{n}').replace('{n}', String(hits.length)) : box.getAttribute('data-none') || '';
    append(box, 'p', 'search-count', count);
    if (!hits.length) return;
    var list = document.createElement('ol');
    list.className = 'search-hits';
    hits.slice(0, MAX_RESULTS).forEach(function (n) {
      var page = data.pages[n], item = document.createElement('li'), link = append(item, 'a', 'search-title', page[1]);
      link.setAttribute('href', page[0]);
      append(item, 'span', 'search-kind', data.kinds[page[2]]);
      if (page[3]) append(item, 'p', 'search-snippet', page[3]);
      list.appendChild(item);
    });
    box.appendChild(list);
  }

  if (typeof document !== 'undefined') {
    var input = document.getElementById('search-input'), box = document.getElementById('search-results');
    if (input && box) {
      var q = new URLSearchParams(window.location.search).get('q');
      if (q) input.value = q;
      input.addEventListener('input', function () { show(box, input.value); });
      show(box, input.value);
    }
  }
  // Under node (the tests) the tokeniser and the search are reachable without a page.
  if (typeof module !== 'undefined' && module.exports) module.exports = { tokens: tokens, search: search };
})();
