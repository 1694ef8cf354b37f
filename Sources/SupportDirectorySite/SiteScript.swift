/// assets/site.js. Plain ES2017, no dependencies. It never writes markup from data: text goes in
/// with `textContent`, links get `href` only from the site's own paths.
enum SiteScript {
    static let text = #"""
    'use strict';
    (function () {
      var body = document.body;
      var S = {};
      // The page's language's words, from assets/strings.LANG.js (loaded before this script).
      if (window.supportdirStrings && typeof window.supportdirStrings === 'object') S = window.supportdirStrings;
      var root = body.getAttribute('data-root') || '';
      var params = new URLSearchParams(location.search);
      // A moment to show the page as (for previews and tests): ?now=2026-11-23T01:00:00Z
      var nowParam = params.get('now');
      var NOW = nowParam && !isNaN(Date.parse(nowParam)) ? new Date(nowParam) : new Date();
      function fill(template, value) { return String(template || '').split('%1').join(value); }

      // ---- language of the root page
      var langs = body.getAttribute('data-languages');
      if (langs) {
        var codes = langs.split(',');
        var wanted = (navigator.languages || [navigator.language || 'en']).map(function (l) { return String(l).slice(0, 2).toLowerCase(); });
        for (var i = 0; i < wanted.length; i++) { if (codes.indexOf(wanted[i]) >= 0) { location.replace(wanted[i] + '/' + location.search); return; } }
        location.replace('en/' + location.search);
        return;
      }

      // ---- calendar dates, as the library counts them (CalendarDate)
      function parseDay(text) {
        var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
        if (!m) return null;
        var y = +m[1], mo = +m[2], d = +m[3];
        if (mo < 1 || mo > 12 || d < 1 || d > daysIn(mo, y)) return null;
        return { y: y, m: mo, d: d };
      }
      function daysIn(m, y) { return m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31; }
      function addMonths(day, months) {
        var total = day.y * 12 + (day.m - 1) + months;
        var y = Math.floor(total / 12), m = total - y * 12 + 1;
        return { y: y, m: m, d: Math.min(day.d, daysIn(m, y)) };
      }
      function addDays(day, days) {
        var t = new Date(Date.UTC(day.y, day.m - 1, day.d) + days * 86400000);
        return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
      }
      function pad(n) { return (n < 10 ? '0' : '') + n; }
      function dayText(day) { return String(day.y).padStart(4, '0') + '-' + pad(day.m) + '-' + pad(day.d); }
      function localToday() { return { y: NOW.getFullYear(), m: NOW.getMonth() + 1, d: NOW.getDate() }; }

      // ---- the date form: each deadline's rule (anchor, months, days) from the library, dates from the visitor
      var form = document.getElementById('dates');
      function updateDeadlines() {
        var anchors = {};
        form.querySelectorAll('input[data-anchor]').forEach(function (input) { anchors[input.getAttribute('data-anchor')] = parseDay(input.value); });
        if (!anchors['first-contact']) anchors['first-contact'] = localToday();
        document.querySelectorAll('[data-deadline]').forEach(function (li) {
          var rule = JSON.parse(li.getAttribute('data-deadline'));
          var out = li.querySelector('output');
          var anchor = anchors[rule.from];
          if (!anchor) { out.textContent = S.pending || ''; out.removeAttribute('data-date'); return; }
          var date = dayText(addDays(addMonths(anchor, rule.months || 0), rule.days));
          out.textContent = fill(rule.kind === 'opens' ? S.opensOn : S.closesOn, date);
          out.setAttribute('data-date', date);
        });
      }
      if (form) {
        form.addEventListener('input', updateDeadlines);
        // The form's button (hidden without a script, which it needs) works the dates out too, for whoever submits rather than types.
        form.addEventListener('submit', function (e) { e.preventDefault(); updateDeadlines(); });
        var go = form.querySelector('button[type=submit]'); if (go) go.hidden = false;
        updateDeadlines();
      }

      // ---- open now, in the visitor's time zone (the schedule is in its own zone)
      var VISITOR_TZ = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      var partsCache = {};
      function zoneParts(ms, tz) {
        var f = partsCache[tz] || (partsCache[tz] = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));
        var p = {};
        f.formatToParts(new Date(ms)).forEach(function (x) { p[x.type] = x.value; });
        return { y: +p.year, m: +p.month, d: +p.day, h: (+p.hour) % 24, mi: +p.minute, s: +p.second };
      }
      function offset(ms, tz) { var p = zoneParts(ms, tz); return Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000; }
      function instant(day, minutes, tz) {
        var wall = Date.UTC(day.y, day.m - 1, day.d) + minutes * 60000;
        var t = wall - offset(wall, tz);
        var again = wall - offset(t, tz);
        return again === t ? t : Math.max(t, again);
      }
      function isoWeekday(day) { return (new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7 + 1; }
      function intervals(schedule, ms) {
        var p = zoneParts(ms, schedule.tz), today = { y: p.y, m: p.m, d: p.d }, out = [];
        for (var off = -1; off <= 14; off++) {
          var day = addDays(today, off), wd = isoWeekday(day);
          schedule.p.forEach(function (period) {
            if (period[0].indexOf(wd) < 0) return;
            var closeDay = period[2] <= period[1] ? addDays(day, 1) : day;
            var start = instant(day, period[1], schedule.tz), end = instant(closeDay, period[2], schedule.tz);
            if (end > start) out.push([start, end]);
          });
        }
        return out;
      }
      function clock(ms) {
        var p = zoneParts(ms, VISITOR_TZ), day = { y: p.y, m: p.m, d: p.d };
        return (S.days || [])[isoWeekday(day) - 1] + ' ' + dayText(day) + ' ' + pad(p.h) + ':' + pad(p.mi);
      }
      document.querySelectorAll('[data-hours]').forEach(function (el) {
        var schedule;
        try { schedule = JSON.parse(el.getAttribute('data-hours')); new Intl.DateTimeFormat('en-US', { timeZone: schedule.tz }); } catch (e) { return; }
        var ms = NOW.getTime(), list = intervals(schedule, ms);
        var open = list.some(function (x) { return x[0] <= ms && ms < x[1]; });
        var next = list.filter(function (x) { return x[1] > ms; }).sort(function (a, b) { return a[0] - b[0]; })[0];
        var label = schedule.tz === VISITOR_TZ ? '' : ' (' + VISITOR_TZ + ')';
        var when = next ? clock(open ? next[1] : next[0]) + label : '?';
        el.textContent = fill(open ? S.openUntil : S.closedOpens, when);
        el.className = 'now ' + (open ? 'open' : 'closed');
        el.setAttribute('data-open', open ? 'true' : 'false');
        el.setAttribute('data-when', when);
      });

      // ---- copy the message
      document.querySelectorAll('button[data-copy]').forEach(function (b) {
        if (!navigator.clipboard) return;
        b.hidden = false;
        b.addEventListener('click', function () {
          navigator.clipboard.writeText(b.getAttribute('data-copy')).then(function () { b.textContent = b.getAttribute('data-done'); }, function () {});
        });
      });

      // ---- the ladder outside the shop for the visitor's country (api/v1/escalation/CC.LANG.json)
      var select = document.getElementById('country'), outside = document.getElementById('outside');
      if (select && outside) {
        var lang = outside.getAttribute('data-lang');
        var showCountry = function (code) {
          if (!/^[A-Z]{2}$/.test(code) || code === outside.getAttribute('data-country')) return;
          fetch(root + 'api/v1/escalation/' + code + '.' + lang + '.json').then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }).then(function (doc) {
            var list = document.getElementById('outside-steps');
            list.textContent = '';
            doc.steps.forEach(function (step) { list.appendChild(ladderItem(step)); });
            outside.setAttribute('data-country', code);
            document.getElementById('outside-heading').textContent = fill(S.outside, code);
          }, function () { select.value = outside.getAttribute('data-country'); });
        };
        select.value = outside.getAttribute('data-country');
        select.hidden = false;
        select.previousElementSibling.hidden = false;
        select.addEventListener('change', function () { showCountry(select.value); });
        var region = ((navigator.language || '').split('-')[1] || '').toUpperCase();
        if (select.querySelector('option[value="' + region.replace(/[^A-Z]/g, '') + '"]')) { select.value = region; showCountry(region); }
      }
      function ladderItem(step) {
        var li = document.createElement('li'), strong = document.createElement('strong');
        strong.textContent = step.name; li.appendChild(strong);
        var line = function (label, text, href) {
          li.appendChild(document.createElement('br'));
          li.appendChild(document.createTextNode(label + ': '));
          if (href) { var a = document.createElement('a'); a.href = href; a.rel = 'noopener'; a.textContent = text; li.appendChild(a); }
          else li.appendChild(document.createTextNode(text));
        };
        if (step.when) line(S.when, step.when);
        if (step.phone) line(S.phone, step.phone, /^\+?[0-9]{3,20}$/.test(step.phone) ? 'tel:' + step.phone : null);
        if (step.email) line(S.email, step.email, null);
        if (step.url) line(S.web, step.url, /^https:\/\/[^\s"<>\\`]+$/i.test(step.url) ? step.url : null);
        if (step.consequence) line(S.consequence, step.consequence);
        return li;
      }

      // ---- search
      var search = document.getElementById('search');
      if (search) setUpSearch(search);

      function setUpSearch(formEl) {
        var input = document.getElementById('q'), results = document.getElementById('results');
        var index = null, loading = null;
        function load() {
          if (loading) return loading;
          var base = root + 'api/v1/search/';
          loading = fetch(base + 'meta.json').then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }).then(function (meta) {
            var files = [];
            for (var i = 0; i < meta.merchant_files; i++) files.push(fetch(base + 'merchants-' + i + '.json').then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }));
            return Promise.all(files).then(function (parts) {
              var merchants = [];
              parts.forEach(function (p) { merchants = merchants.concat(p.merchants); });
              index = prepare(meta, merchants);
              index.models = {};
              return index;
            });
          });
          return loading;
        }
        // The example sentences of the query's language, loaded and learnt from on its first search in that language.
        var learning = {};
        function learn(ix, q) {
          var lang = readLanguage(q, ix);
          if (!learning[lang]) {
            learning[lang] = fetch(root + 'api/v1/search/examples-' + lang + '.json').then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
              .then(function (doc) { ix.models[lang] = train(doc, ix); }, function () { ix.models[lang] = null; });
          }
          return learning[lang].then(function () { return ix; });
        }
        // For the browser tests and Scripts/evaluate-site-search: what the search makes of a text, without opening it.
        window.supportdirRead = function (q) { return load().then(function (ix) { return learn(ix, q); }).then(function (ix) { return understand(ix, q); }); };
        input.addEventListener('focus', function () { load().catch(function () {}); }, { once: true });
        formEl.addEventListener('submit', function (e) {
          e.preventDefault();
          var q = input.value.trim();
          if (!q) return;
          var url = new URL(location.href);
          url.searchParams.set('q', q);
          history.replaceState(null, '', url);
          run(q);
        });
        var initial = params.get('q');
        if (initial) { input.value = initial; run(initial); }

        function run(q) {
          say(S.loading);
          load().then(function (ix) { return learn(ix, q); }).then(function (ix) { show(understand(ix, q), q); }, function () { say(S.failed); });
        }
        function say(text) { results.textContent = ''; var p = document.createElement('p'); p.textContent = text || ''; results.appendChild(p); }
        function show(answer, q) {
          if (answer.href) {
            say(fill(S.open, answer.title));
            location.assign(answer.href);
            return;
          }
          say(answer.noRoute ? fill(S.noRoute, answer.noRoute) : S.none);
          list(S.merchants, answer.merchants);
          list(S.issues, answer.issues);
        }
        function list(title, items) {
          if (!items.length) return;
          var h = document.createElement('h2'); h.textContent = title; results.appendChild(h);
          var ul = document.createElement('ul');
          items.forEach(function (it) { var li = document.createElement('li'), a = document.createElement('a'); a.href = it.href; a.textContent = it.text; li.appendChild(a); ul.appendChild(li); });
          results.appendChild(ul);
        }
      }

      // ---- reading what the shopper typed, from the vocabulary's own phrases (Merchants/_vocabulary): the same
      // parts, concepts and gaps the library's phrase patterns use, so a contributor's phrase works here too.
      // Where a reading is not clear, the page offers the candidates; it never guesses (a wrong plan is worse).
      function norm(s) {
        return String(s).normalize('NFKC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
          .replace(/[\u2010-\u2015]/g, '-');
      }
      function spelledOut(s) {
        return s.replace(/[\u2019`]/g, "'").replace(/\bcan ?not\b|\bcan'?t\b/g, 'can not').replace(/\bwon'?t\b/g, 'will not')
          .replace(/n't\b/g, ' not').replace(/'(s|re|ve|ll|d|m)\b/g, ' $1');
      }
      var LATIN = /[a-z0-9]/, BREAK = /[,.!?;:\u3001\u3002\uff0c\uff01\uff1f\n]/, SEPARATOR = /[\s\-_'"()\[\]{}<>\/\\|~*#@&+=^%$\u00b7\u30fb\u300c\u300d\u300e\u300f\u3010\u3011\uff08\uff09\u2026~\u301c\uff5e]/;
      var DROPPED = { wheres: 'where', whats: 'what', thats: 'that', theres: 'there', hows: 'how', whos: 'who' };
      // English words reduced to a stem (the library uses Snowball's; this is its plainest part, applied alike to
      // the phrases and the text, so "cancelled", "canceling" and "cancels" meet "cancel").
      function stem(w) {
        if (w.length <= 3 || /[0-9]/.test(w)) return w;
        w = w.replace(/(ies|ied)$/, 'y').replace(/(sses)$/, 'ss');
        if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
        else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
        else if (/(ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
        else if (/[^su]s$/.test(w)) w = w.slice(0, -1);
        w = w.replace(/([^aeiou])\1$/, '$1');
        return w.length > 3 ? w.replace(/e$/, '') : w;
      }
      // Tokens as the library reads text (ShopperText): a Latin word, or one letter of another script; `br` when a clause
      // break comes before it, `at`/`end` where it sits (letters side by side make a word for the examples).
      function tokenize(text, han) {
        var s = spelledOut(norm(text)), out = [], word = '', start = 0, pending = false;
        function flush(end) {
          if (!word) return;
          (DROPPED[word] ? [DROPPED[word], 's'] : [word]).forEach(function (w) { out.push({ t: w, s: stem(w), latin: true, br: pending, at: start, end: end }); pending = false; });
          word = '';
        }
        var chars = Array.from(s);
        for (var i = 0; i < chars.length; i++) {
          var c = han && han[chars[i]] || chars[i];
          if (LATIN.test(c)) { if (!word) start = i; word += c; continue; }
          if ((c === ',' || c === '.') && word && /[0-9]/.test(chars[i - 1]) && /[0-9]/.test(chars[i + 1] || '')) continue;
          flush(i);
          if (BREAK.test(c)) { pending = true; continue; }
          if (SEPARATOR.test(c) || /\s/.test(c)) continue;
          out.push({ t: c, s: c, latin: false, br: pending, at: i, end: i + 1 }); pending = false;
        }
        flush(chars.length);
        return out;
      }
      // ---- likeness to the example sentences (the library's ExampleRecogniser): naive Bayes over English stems and
      // stem pairs, and letters and runs of two and three letters of other scripts; tempered, as the library does.
      function features(toks, outside) {
        var out = [], seen = {}, prev = null, run = [];
        var emit = function (f) { if (!seen[f]) { seen[f] = 1; out.push(f); } };
        var flushRun = function () {
          for (var i = 0; i < run.length; i++) {
            emit('c:' + run[i]);
            if (i + 1 < run.length) emit('c2:' + run[i] + run[i + 1]);
            if (i + 2 < run.length) emit('c3:' + run[i] + run[i + 1] + run[i + 2]);
          }
          run = [];
        };
        toks.forEach(function (t, i) {
          if (outside.some(function (r) { return i >= r.first && i <= r.last; })) { flushRun(); prev = null; return; }
          var joined = i > 0 && !t.br && toks[i - 1].end === t.at;
          if (t.latin) {
            flushRun();
            if (/^[0-9]+$/.test(t.s)) { prev = null; return; }
            emit('w:' + t.s);
            if (prev !== null && !t.br) emit('b:' + prev + '_' + t.s);
            prev = t.s;
          } else {
            prev = null;
            if (!joined || toks[i - 1].latin) flushRun();
            run.push(t.t);
          }
        });
        flushRun();
        return out;
      }
      function train(doc, ix) {
        var kinds = doc.kinds, counts = {}, totals = kinds.map(function () { return 0; }), rows = 0;
        var add = function (k, sentence) {
          var f = features(tokenize(sentence, ix.han), []);
          f.forEach(function (x) { var row = counts[x]; if (!row) { row = counts[x] = kinds.map(function () { return 0; }); rows++; } row[k]++; });
          totals[k] += f.length;
        };
        doc.examples.forEach(function (e) { add(e[0], e[1]); });
        // The vocabulary's phrases are examples too (without their concepts), as in the library.
        ix.issues.forEach(function (x) {
          var k = kinds.indexOf(x.id);
          if (k >= 0) x.raw.forEach(function (p) { var w = p.split(' ').filter(function (c) { return c !== '..' && !/^\{.*\}$/.test(c); }).join(' '); if (w) add(k, w); });
        });
        return { kinds: kinds, counts: counts, denominators: totals.map(function (n) { return Math.log(n + 0.3 * rows); }) };
      }
      function guesses(model, toks, outside) {
        if (!model) return [];
        var found = features(toks, outside).map(function (f) { return model.counts[f]; }).filter(Boolean);
        if (!found.length) return [];
        var ll = model.kinds.map(function (k, i) {
          return found.reduce(function (n, row) { return n + Math.log(row[i] + 0.3) - model.denominators[i]; }, 0) / 3;
        });
        var top = Math.max.apply(null, ll), total = ll.reduce(function (n, x) { return n + Math.exp(x - top); }, 0);
        return model.kinds.map(function (k, i) { return { kind: k, p: Math.exp(ll[i] - top) / total }; })
          .sort(function (a, b) { return b.p - a.p || (a.kind < b.kind ? -1 : 1); });
      }
      function weight(u) {
        if (u.latin) return 2 * u.t.length;
        var c = u.t.charCodeAt(0);
        return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ? 5 : c >= 0xac00 && c <= 0xd7a3 ? 4 : 2;
      }
      function compile(phrase, concepts, han) {
        var parts = [], far = false;
        String(phrase).split(' ').forEach(function (chunk) {
          if (!chunk) return;
          if (chunk === '..') { far = parts.length > 0; return; }
          var m = /^\{(.+)\}$/.exec(chunk), alts;
          if (m) alts = (concepts[m[1]] || []).map(function (w) { return tokenize(w, han); }).filter(function (a) { return a.length; });
          else { var u = tokenize(chunk, han); alts = u.length ? [u] : []; }
          if (alts.length) parts.push({ alts: alts, far: far });
          else if (m) parts.push(null);
          far = false;
        });
        if (!parts.length || parts.indexOf(null) >= 0) return null;
        parts.phrase = String(phrase);
        return parts;
      }
      function meetRun(units, toks, at) {
        if (at + units.length > toks.length) return -1;
        for (var i = 0; i < units.length; i++) {
          var u = units[i], t = toks[at + i];
          if (i > 0 && t.br) return -1;
          if (u.latin !== t.latin || (u.latin ? (u.s !== t.s && u.t !== t.t) : u.t !== t.t)) return -1;
        }
        return at + units.length - 1;
      }
      // The best place the parts occur in order, each within a few tokens of the last (farther after `..`), never across a break.
      function match(parts, toks, onlyAt) {
        var best = null;
        function extend(k, first, end, score) {
          if (k === parts.length) { if (!best || score > best.score) best = { first: first, last: end, score: score, parts: parts.length }; return; }
          var latin = toks[end].latin, gap = parts[k].far ? (latin ? 6 : 10) : (latin ? 2 : 3);
          for (var s = end + 1; s <= end + 1 + gap && s < toks.length; s++) {
            if (toks[s].br) break;
            parts[k].alts.forEach(function (alt) {
              var e = meetRun(alt, toks, s);
              if (e >= 0) extend(k + 1, first, e, score + alt.reduce(function (n, u) { return n + weight(u); }, 0));
            });
          }
        }
        for (var st = onlyAt === undefined ? 0 : onlyAt; st < (onlyAt === undefined ? toks.length : Math.min(onlyAt + 1, toks.length)); st++) {
          parts[0].alts.forEach(function (alt) {
            var e = meetRun(alt, toks, st);
            if (e >= 0) extend(1, st, e, alt.reduce(function (n, u) { return n + weight(u); }, 0));
          });
        }
        return best;
      }
      function overlaps(a, b) { return a.first <= b.last && b.first <= a.last; }
      function covers(a, b) { return a.first <= b.first && a.last >= b.last && (a.first !== b.first || a.last !== b.last); }
      // Merchant names: Latin names word for word (the last word may run on: amazons, #amazonfail), others letter for letter.
      function nameMatch(keyToks, toks, taken) {
        var best = null;
        for (var st = 0; st + keyToks.length <= toks.length; st++) {
          var ok = true;
          for (var i = 0; i < keyToks.length && ok; i++) {
            var k = keyToks[i], t = toks[st + i];
            ok = k.latin === t.latin && (k.t === t.t || (k.latin && i === keyToks.length - 1 && k.t.length >= 5 && t.t.indexOf(k.t) === 0));
          }
          if (!ok) continue;
          var m = { first: st, last: st + keyToks.length - 1, score: keyToks.reduce(function (n, u) { return n + weight(u); }, 0) };
          if (!best || m.score > best.score) best = m;
        }
        return best;
      }
      function prepare(meta, merchants) {
        var han = meta.han_variants || {}, concepts = meta.concepts || {};
        var phrases = function (list) { return list.map(function (p) { return compile(p, concepts, han); }).filter(Boolean); };
        return {
          meta: meta, han: han,
          merchants: merchants.map(function (m) {
            var keys = m[5].map(function (w) { return tokenize(w, han); }).filter(function (k) {
              return k.length && !(k.length === 1 && k[0].latin && (k[0].t.length < 3 || /^[0-9]+$/.test(k[0].t)));
            });
            var fronts = (m[9] || []).map(function (f) { return { key: tokenize(f[0], han), region: f[1] }; });
            return { id: m[0], kind: m[1], group: m[2], regions: m[3], names: m[4], keys: keys, third: m[6], sellsOn: m[7], sellerProfile: m[8], fronts: fronts };
          }),
          issues: meta.issues.map(function (x, i) {
            return { id: x[0], index: i, names: x[1], raw: x[2], phrases: phrases([x[0].replace(/-/g, ' ')].concat(x[1], x[2])), wish: !!x[3], outranks: x[4] || [] };
          }),
          third: phrases(meta.third_party || []),
          notSeller: phrases(concepts.not_seller || []),
          channels: phrases(concepts.channel || []),
          contact: phrases(meta.contact || [])
        };
      }
      function detect(q) {
        var han = false;
        for (var i = 0; i < q.length; i++) {
          var c = q.charCodeAt(i);
          if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return 'ko';
          if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)) return 'ja';
          if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) han = true;
        }
        return han ? 'zh' : null;
      }
      // The query's language: its letters, else the page's. Han letters alone are Chinese, unless typed on the Japanese
      // pages or, on a page of neither language, in a browser set to Japanese (as resolve reads the locale).
      function readLanguage(query, ix) {
        var page = body.getAttribute('data-lang') || 'en', lang = detect(query) || page;
        if (lang !== 'zh') return lang;
        // Letters one of the two languages writes and the other does not (楽 and 乐) decide; else the Japanese pages read Japanese.
        var only = (ix && ix.meta.han_only) || {}, count = function (l) { return Array.from(query).filter(function (c) { return (only[l] || '').indexOf(c) >= 0; }).length; };
        var ja = count('ja'), zh = count('zh');
        if (ja !== zh) return ja > zh ? 'ja' : 'zh';
        if (page === 'ja' || page === 'zh') return page;
        return ((navigator.language || '').slice(0, 2).toLowerCase() === 'ja') ? 'ja' : 'zh';
      }
      var KIND_RANK = { marketplace: 0, retailer: 1, brand: 2, seller: 3 };
      // The best match of any of `patterns`, away from the merchants' names.
      function best(patterns, toks, away) {
        var top = null;
        patterns.forEach(function (p) {
          var m = match(p, toks);
          if (m && m.score >= 5 && !away.some(function (a) { return overlaps(a, m); }) && (!top || m.score > top.score)) { top = m; top.phrase = p.phrase; }
        });
        return top;
      }
      // Every place any of `patterns` occurs, away from `away` (one match per start).
      function everywhere(patterns, toks, away) {
        var out = [];
        patterns.forEach(function (p) {
          for (var st = 0; st < toks.length; st++) {
            var m = match(p, toks, st);
            if (!m) continue;
            var at = { first: m.first, last: m.last, score: m.score, phrase: p.phrase };
            if (!away.some(function (a) { return overlaps(a, at); })) out.push(at);
          }
        });
        return out;
      }
      // Who sold it, as the library reads the words for a seller: none inside a phrase that says nothing about the seller
      // ("to the store"); a seller word right before a marketplace's name ("sold by Amazon", 販売元がAmazon) or negated
      // ("not a marketplace seller") is the marketplace itself, and then no other seller word makes it third-party.
      function soldByThirdParty(ix, toks, named) {
        var away = named.map(function (x) { return x.at; });
        var quiet = everywhere(ix.notSeller, toks, []);
        var words = everywhere(ix.third, toks, away).filter(function (w) { return !quiet.some(function (q) { return overlaps(q, w); }); });
        var itself = words.some(function (w) {
          var before = toks.slice(Math.max(0, w.first - 3), w.first).map(function (t) { return t.t; });
          if (before.indexOf('not') >= 0 || before[before.length - 1] === 'no') return true;
          // The name right after it: the next word, or after one letter (販売元がAmazon), as the library allows one folded letter.
          return named.some(function (x) {
            var gap = x.at.first - w.last - 1;
            return (x.m.kind === 'marketplace' || x.m.kind === 'retailer') && (gap === 0 || (gap === 1 && !toks[w.last + 1].latin));
          });
        });
        return !itself && words.length > 0;
      }
      // A way in named right before a fault ("the chat keeps disconnecting", 窓口に繋がらない): the fault is the channel's, and the
      // wish is to reach a person some other way.
      function channelBefore(ix, toks, m) {
        return everywhere(ix.channels, toks, []).some(function (c) {
          var gap = toks[m.first].latin ? 1 : 3;
          return c.last < m.first && m.first - c.last - 1 <= gap && !toks.slice(c.last + 1, m.first + 1).some(function (t) { return t.br; });
        });
      }
      // The issue readings: the best place per kind, those inside a better one of another kind dropped; then one clear
      // reading, or close ones (asked), as the library decides (a kind that outranks one beside it wins; a wish named in one
      // word yields to a problem).
      function readIssue(ix, toks, away) {
        var found = [];
        ix.issues.forEach(function (x) { var m = best(x.phrases, toks, away); if (m) found.push({ x: x, m: m }); });
        found = found.filter(function (r) { return !found.some(function (o) { return o.x !== r.x && o.m.score >= r.m.score && covers(o.m, r.m); }); });
        found.sort(function (a, b) { return b.m.score - a.m.score || a.m.first - b.m.first || (a.x.id < b.x.id ? -1 : 1); });
        var wins = function (r, id) { return (!r.x.wish || r.m.parts > 1) && r.x.outranks.indexOf(id) >= 0; };
        found = found.filter(function (r) { return !found.some(function (o) { return wins(o, r.x.id); }); });
        var problems = found.filter(function (r) { return !r.x.wish || r.m.parts > 1; });
        var ranked = problems.length ? problems.concat(found.filter(function (r) { return problems.indexOf(r) < 0; })) : found;
        var top = ranked[0];
        if (!top) return { none: true, candidates: [] };
        var pool = problems.length ? problems : found;
        var close = pool.filter(function (r) { return r.x !== top.x && r.m.score >= top.m.score * 0.85 && !overlaps(r.m, top.m); });
        if (close.length) return { close: [top].concat(close).map(function (r) { return r.m; }), candidates: [top].concat(close).map(function (r) { return r.x; }) };
        return { issue: top.x, match: top.m, candidates: ranked.map(function (r) { return r.x; }) };
      }
      // How the examples change the phrase reading (the library's ExampleReview): they doubt a reading they liken to
      // another kind (then the page asks), outweigh it only when all but certain, settle close readings, and fill a silence.
      function review(ix, model, d, toks, away, readsSilence) {
        if (!model) return d;
        var kind = function (id) { return ix.issues.filter(function (x) { return x.id === id; })[0]; };
        if (d.issue) {
          if (!guesses(model, toks, away.concat([d.match])).length) return d;
          var whole = guesses(model, toks, away), g = whole[0];
          if (!g || g.kind === d.issue.id || g.kind === 'none' || g.kind === 'contact' || g.p < 0.5) return d;
          var own = whole.filter(function (x) { return x.kind === d.issue.id; })[0], other = kind(g.kind);
          if (!other) return d;
          if (g.p >= 0.99 && (own ? own.p : 0) < 0.01) return { issue: other, candidates: [other, d.issue] };
          return { candidates: [d.issue, other] };
        }
        if (d.close) {
          var s = guesses(model, toks, away.concat(d.close))[0];
          var picked = s && s.p >= 0.8 && d.candidates.filter(function (x) { return x.id === s.kind; })[0];
          return picked ? { issue: picked, candidates: d.candidates } : d;
        }
        var all = guesses(model, toks, away), t = all[0];
        if (readsSilence && t && t.p >= 0.8 && t.kind !== 'none') {
          if (t.kind === 'contact') return { none: true, contact: true, candidates: [] };
          if (kind(t.kind)) return { issue: kind(t.kind), candidates: [kind(t.kind)] };
        }
        return { none: true, candidates: all.filter(function (x) { return x.p >= 0.15 && kind(x.kind); }).slice(0, 3).map(function (x) { return kind(x.kind); }) };
      }
      function understand(ix, query) {
        var lang = readLanguage(query, ix);
        var li = Math.max(0, ix.meta.languages.indexOf(lang));
        var toks = tokenize(query.slice(0, 1000), ix.han);
        // The shopper's country as resolve takes it from the locale: the browser's region, else the language's usual one.
        var country = ((navigator.language || '').split('-')[1] || '').toUpperCase() || ix.meta.countries[lang];
        var named = [];
        ix.merchants.forEach(function (m, order) {
          var top = null;
          m.keys.forEach(function (k) { var x = nameMatch(k, toks); if (x && (!top || x.score > top.score)) top = x; });
          if (top) named.push({ m: m, at: top, s: top.score, order: order });
        });
        // A name inside a longer one (amazon in amazon.co.jp) is that one's.
        named = named.filter(function (x) { return !named.some(function (o) { return o !== x && covers(o.at, x.at) && o.m.group && o.m.group === x.m.group; }); });
        named.sort(function (a, b) {
          return b.s - a.s || KIND_RANK[a.m.kind] - KIND_RANK[b.m.kind] ||
            (b.m.regions.indexOf(country) >= 0) - (a.m.regions.indexOf(country) >= 0) || a.order - b.order;
        });
        var away = named.map(function (x) { return x.at; });
        var third = soldByThirdParty(ix, toks, named), contact = best(ix.contact, toks, away);
        var alone = named.length > 0 && toks.length <= named[0].at.last - named[0].at.first + 1;
        var reading = review(ix, ix.models && ix.models[lang], readIssue(ix, toks, away), toks, away, !contact && !alone);
        if (reading.issue && reading.match && (reading.issue.id === 'technical-fault' || reading.issue.id === 'defective') &&
            channelBefore(ix, toks, reading.match)) reading = { none: true, contact: true, candidates: [] };
        if (reading.contact) contact = true;
        var top = named[0], wantThird = !!third;
        // A brand bought on a marketplace named beside it (아마존에서 산 앤커 충전기): the brand's own support.
        var brand = named.filter(function (x) { return x.m.kind === 'brand' && named.some(function (o) { return x.m.sellsOn.indexOf(o.m.group || o.m.id) >= 0 || x.m.sellsOn.indexOf(o.m.id) >= 0; }); })[0];
        if (brand) { top = brand; named = [brand].concat(named.filter(function (x) { return x !== brand && x.m.kind !== 'marketplace' && x.m.kind !== 'retailer'; })); }
        // One group of storefronts (amazon, amazon-jp, amazon-uk): the storefront typed (amazon.co.jp), else one named by a
        // name of its own, else the shopper's country's, else the group's own, as resolve chooses.
        if (top && top.m.group) top = member(ix, top, named, toks, country);
        // Two shops named (not storefronts of one group, nor a seller and where it sells): ask, do not pick.
        var rival = top && named.filter(function (x) {
          return x.m !== top.m && !(top.m.group && x.m.group === top.m.group) && x.m.sellerProfile !== top.m.id && top.m.sellerProfile !== x.m.id &&
            top.m.sellsOn.indexOf(x.m.id) < 0 && x.m.sellsOn.indexOf(top.m.id) < 0 && x.m.id !== top.m.sellerProfile;
        })[0];
        var clear = top && !rival;
        // A marketplace's general seller profile names "a third-party seller on it" (as resolve reads it):
        // the marketplace's plan for a third-party seller, on the storefront that matched best.
        if (top && top.m.kind === 'seller') {
          var markets = ix.merchants.filter(function (m) { return m.sellerProfile === top.m.id; });
          if (markets.length) {
            var matched = named.filter(function (x) { return markets.indexOf(x.m) >= 0; })[0];
            top = { m: matched ? matched.m : markets[0], s: top.s, at: top.at };
            wantThird = true;
          }
        }
        var name = function (m) { return m.names[li] || m.names[0]; };
        var issueName = function (x) { return x.names[li] || x.names[0]; };
        // Every issue has a page at a shop with plans (null: none, a seller profile); sold by a third-party seller, its own
        // page where the index lists the issue, else the shop's.
        var planPath = function (m, x) {
          if (!m.third) return null;
          var useThird = wantThird && m.third.indexOf(x.index) >= 0;
          return lang + '/' + m.id + '/' + x.id + '/' + (useThird ? 'third-party/' : '');
        };
        if (clear && reading.issue) {
          var path = planPath(top.m, reading.issue);
          if (path) return { href: root + path, title: name(top.m) + ': ' + issueName(reading.issue) };
          // The shop and the problem are clear, but its profile has no route for it: what resolve gives too, its ways in and
          // the problem's general plan.
          return { noRoute: name(top.m), merchants: [{ href: root + lang + '/' + top.m.id + '/', text: name(top.m) }],
                   issues: [{ href: root + lang + '/_general/' + reading.issue.id + '/', text: S.general + ': ' + issueName(reading.issue) }] };
        }
        // A shop named alone, or with the wish to reach someone: its page (every way in, and its plans).
        if (clear && reading.none && (contact || toks.length <= top.at.last - top.at.first + 1 + 3)) return { href: root + lang + '/' + top.m.id + '/', title: name(top.m) };
        if (!top && reading.issue) return { href: root + lang + '/_general/' + reading.issue.id + '/', title: S.general + ': ' + issueName(reading.issue) };
        // Only to reach a person, at a shop the directory does not know: how to reach a person anywhere.
        if (!top && contact && reading.none && ix.meta.contact_plan) return { href: root + lang + '/_general/contact/', title: S.general };
        // Not sure: the shops and issues it may be, each a link (the shop's plan for an issue where both are known).
        var shops = (clear ? [top] : named).slice(0, 5);
        if (!shops.length) shops = fuzzy(ix, toks).slice(0, 5);
        var issues = reading.candidates.slice(0, 5);
        return {
          merchants: shops.map(function (x) { return { href: root + lang + '/' + x.m.id + '/', text: name(x.m) }; }),
          issues: issues.map(function (x) {
            var path = clear && planPath(top.m, x);
            return { href: root + (path || lang + '/_general/' + x.id + '/'), text: (path ? name(top.m) + ': ' : '') + issueName(x) };
          })
        };
      }
      function member(ix, top, named, toks, country) {
        var g = top.m.group, members = ix.merchants.filter(function (m) { return m.group === g && (m.kind === 'marketplace' || m.kind === 'retailer'); });
        if (members.length < 2) return top;
        var pick = function (m) { return { m: m, s: top.s, at: top.at }; };
        var region = null;
        members.forEach(function (m) { m.fronts.forEach(function (f) { if (!region && f.key.length > 1 && nameMatch(f.key, toks)) region = f.region; }); });
        var byRegion = function (r) { return members.filter(function (m) { return m.regions.indexOf(r) >= 0 || m.fronts.some(function (f) { return f.region === r; }); })[0]; };
        if (region && byRegion(region)) return pick(byRegion(region));
        var own = named.filter(function (x) { return x.m.group === g && x.m.id !== g; }).map(function (x) { return x.m.id; });
        own = own.filter(function (id, i) { return own.indexOf(id) === i; });
        if (own.length === 1) return pick(members.filter(function (m) { return m.id === own[0]; })[0] || top.m);
        var local = country && members.filter(function (m) { return m.regions.indexOf(country) >= 0; })[0];
        if (local) return pick(local);
        return pick(members.filter(function (m) { return m.id === g; })[0] || top.m);
      }
      // Shops spelled like a word of the text (one or two slips), offered only as "did you mean", never opened.
      function distance(a, b, limit) {
        if (Math.abs(a.length - b.length) > limit) return limit + 1;
        var prev = [], cur, prev2 = [];
        for (var j = 0; j <= b.length; j++) prev[j] = j;
        for (var i = 1; i <= a.length; i++) {
          cur = [i];
          var low = i;
          for (j = 1; j <= b.length; j++) {
            var cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
            low = Math.min(low, cur[j]);
          }
          if (low > limit) return limit + 1;
          prev2 = prev; prev = cur;
        }
        return prev[b.length];
      }
      function fuzzy(ix, toks) {
        var words = toks.filter(function (t) { return t.latin && t.t.length >= 4; }).map(function (t) { return t.t; });
        var out = [];
        ix.merchants.forEach(function (m) {
          var d = 9;
          m.keys.forEach(function (k) {
            if (k.length !== 1 || !k[0].latin || k[0].t.length < 4) return;
            var limit = k[0].t.length >= 8 ? 2 : 1;
            words.forEach(function (w) { var x = distance(w, k[0].t, limit); if (x <= limit) d = Math.min(d, x); });
          });
          if (d <= 2) out.push({ m: m, d: d });
        });
        return out.sort(function (a, b) { return a.d - b.d; });
      }
    })();
    """#
}
