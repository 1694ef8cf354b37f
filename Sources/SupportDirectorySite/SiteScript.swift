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
              return index;
            });
          });
          return loading;
        }
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
          load().then(function (ix) { show(understand(ix, q), q); }, function () { say(S.failed); });
        }
        function say(text) { results.textContent = ''; var p = document.createElement('p'); p.textContent = text || ''; results.appendChild(p); }
        function show(answer, q) {
          if (answer.href) {
            say(fill(S.open, answer.title));
            location.assign(answer.href);
            return;
          }
          say(S.none);
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

      function norm(s) { return String(s).normalize('NFKC').toLowerCase().replace(/[\u2010-\u2015\u30fc]/g, function (c) { return c === '\u30fc' ? c : '-'; }); }
      function squash(s) { return s.replace(/[\s\-'’.,!?]+/g, ''); }
      function latinTokens(s) { return s.split(/[^a-z0-9]+/).filter(function (t) { return t.length >= 4; }); }
      function distance(a, b, limit) {
        if (Math.abs(a.length - b.length) > limit) return limit + 1;
        var prev = [], cur, prev2 = [];
        for (var j = 0; j <= b.length; j++) prev[j] = j;
        for (var i = 1; i <= a.length; i++) {
          cur = [i];
          var best = i;
          for (j = 1; j <= b.length; j++) {
            var cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
            best = Math.min(best, cur[j]);
          }
          if (best > limit) return limit + 1;
          prev2 = prev; prev = cur;
        }
        return prev[b.length];
      }
      function keysOf(words) {
        var seen = {}, out = [];
        words.forEach(function (w) { var k = squash(norm(w)); if (k.length >= 2 && !seen[k]) { seen[k] = 1; out.push(k); } });
        return out;
      }
      function prepare(meta, merchants) {
        return {
          meta: meta,
          merchants: merchants.map(function (m) {
            var words = m[5].slice();
            m[5].forEach(function (w) { var d = /^([a-z0-9-]+)\.[a-z.]+$/.exec(norm(w)); if (d) words.push(d[1]); });
            return { id: m[0], kind: m[1], group: m[2], regions: m[3], names: m[4], keys: keysOf(words), plans: m[6], sellsOn: m[7], sellerProfile: m[8] };
          }),
          issues: meta.issues.map(function (x, i) { return { id: x[0], index: i, names: x[1], keys: keysOf(x[2].concat(x[1])) }; }),
          third: keysOf(meta.third_party)
        };
      }
      // Score of the best key found in the query: whole key inside it, else one latin word within an edit or two.
      function score(keys, qs, tokens) {
        var best = 0, hit = '';
        keys.forEach(function (k) {
          if (qs.indexOf(k) >= 0) { if (10 + k.length > best) { best = 10 + k.length; hit = k; } return; }
          if (k.length < 4 || !/^[a-z0-9]+$/.test(k)) return;
          var limit = k.length >= 8 ? 2 : 1;
          tokens.forEach(function (t) { var d = distance(t, k, limit); if (d <= limit && 5 + k.length - 2 * d > best) { best = 5 + k.length - 2 * d; hit = k; } });
        });
        return { score: best, hit: hit };
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
      var KIND_RANK = { marketplace: 0, retailer: 1, brand: 2, seller: 3 };
      function understand(ix, query) {
        var q = norm(query), qs = squash(q), tokens = latinTokens(q);
        var lang = detect(query) || body.getAttribute('data-lang') || 'en';
        var li = Math.max(0, ix.meta.languages.indexOf(lang));
        // The shopper's country as resolve takes it from the locale: the browser's region, else the language's usual one.
        var country = ((navigator.language || '').split('-')[1] || '').toUpperCase() || ix.meta.countries[lang];
        var third = score(ix.third, qs, tokens);
        var ms = ix.merchants.map(function (m, order) { var s = score(m.keys, qs, tokens); return { m: m, s: s.score, hit: s.hit, order: order }; })
          .filter(function (x) { return x.s > 0; })
          .sort(function (a, b) {
            return b.s - a.s || KIND_RANK[a.m.kind] - KIND_RANK[b.m.kind] ||
              (b.m.regions.indexOf(country) >= 0) - (a.m.regions.indexOf(country) >= 0) || a.order - b.order;
          });
        var is = ix.issues.map(function (x) { var s = score(x.keys, qs.split(ms.length ? ms[0].hit : '\u0000').join(''), tokens); return { x: x, s: s.score }; })
          .filter(function (x) { return x.s > 0; }).sort(function (a, b) { return b.s - a.s || a.x.index - b.x.index; });
        var top = ms[0], issue = is[0], wantThird = third.score > 0;
        // Two different shops (not storefronts of one group) equally likely: ask, do not pick.
        var clear = top && !(ms[1] && ms[1].s === top.s && ms[1].m.kind === top.m.kind && (!top.m.group || ms[1].m.group !== top.m.group));
        // A marketplace's general seller profile names "a third-party seller on it" (as resolve reads it):
        // the marketplace's plan for a third-party seller, on the storefront that matched best.
        if (top && top.m.kind === 'seller') {
          var markets = ix.merchants.filter(function (m) { return m.sellerProfile === top.m.id; });
          if (markets.length) {
            var matched = ms.filter(function (x) { return markets.indexOf(x.m) >= 0; })[0];
            top = { m: matched ? matched.m : markets[0], s: top.s, hit: top.hit };
            wantThird = true;
            clear = true;
          }
        }
        var name = function (m) { return m.names[li] || m.names[0]; };
        var planPath = function (m, x, wantThird) {
          for (var i = 0; i < m.plans.length; i += 2) {
            if (m.plans[i] !== x.index) continue;
            var flags = m.plans[i + 1];
            var useThird = wantThird ? (flags & 2) !== 0 : (flags & 1) === 0;
            return lang + '/' + m.id + '/' + x.id + '/' + (useThird ? 'third-party/' : '');
          }
          return null;
        };
        if (clear && issue) {
          var path = planPath(top.m, issue.x, wantThird);
          if (path) return { href: root + path, title: name(top.m) + ': ' + (issue.x.names[li] || issue.x.names[0]) };
        }
        if (clear && !issue) return { href: root + lang + '/' + top.m.id + '/', title: name(top.m) };
        if (!top && issue) return { href: root + lang + '/_general/' + issue.x.id + '/', title: S.general + ': ' + (issue.x.names[li] || issue.x.names[0]) };
        return {
          merchants: ms.slice(0, 5).map(function (x) { return { href: root + lang + '/' + x.m.id + '/', text: name(x.m) }; }),
          issues: is.slice(0, 5).map(function (x) { return { href: root + lang + '/_general/' + x.x.id + '/', text: x.x.names[li] || x.x.names[0] }; })
        };
      }
    })();
    """#
}
