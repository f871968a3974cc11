/* perfdecl report.html: draws the embedded audit (gzip + base64 JSON) with virtual scrolling. No network. */
(function () {
  'use strict';
  var META = JSON.parse(document.getElementById('meta').textContent);
  var D = null;              // the audit data, once decompressed
  var lang = META.lang;
  var SEV = ['error', 'warning', 'info'];
  var ROW = 30;
  var state = {view: 'overview', sev: '', code: '', unit: '', year: '', project: '', search: '', sortKey: '', sortDir: 1};
  var derived = null;        // per-finding columns computed once
  var shownFindings = [];    // indexes after filtering and sorting
  var searchText = {};       // lang -> array of lower-case texts, built on first search

  function t(key, vals) {
    var s = META.ui[lang][key];
    if (s === undefined) { s = key; }
    if (vals) { s = s.replace(/\{(\w+)\}/g, function (m, k) { return vals[k] === undefined ? m : vals[k]; }); }
    return s;
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (k === 'text') { e.textContent = attrs[k]; }
        else if (k === 'cls') { e.className = attrs[k]; }
        else if (k.slice(0, 2) === 'on') { e.addEventListener(k.slice(2), attrs[k]); }
        else { e.setAttribute(k, attrs[k]); }
      }
    }
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  var SVGNS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function num(n) { return n === null || n === undefined ? '—' : Number(n).toLocaleString('en-US'); }
  function fieldName(path) {
    if (!path) { return META.fields[lang]['form']; }
    var i = null;
    var norm = path.replace(/\[(\d+)\]/g, function (m, d) { if (i === null) { i = Number(d) + 1; } return '[]'; });
    var label = META.fields[lang][norm];
    return label === undefined ? path : label.replace('{i}', i);
  }
  function sevBadge(s) { return el('span', {cls: 'badge ' + SEV[s], text: META.sev[lang][SEV[s]]}); }
  function unitOf(p) { return D.units[D.projects[p][0]]; }
  function formYear(f) { var y = D.forms[f][1]; return y === null ? '?' : String(y); }

  // ---------- loading ----------
  function load() {
    var b64 = document.getElementById('data').textContent.trim();
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    if (typeof DecompressionStream === 'undefined') {
      document.getElementById('loading').textContent = t('ui.noDecompression');
      return Promise.reject(new Error('no DecompressionStream'));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(function (text) { return JSON.parse(text); });
  }

  function derive() {
    var f = D.f, n = f.c.length;
    ['e', 'a', 'mz', 'me'].forEach(function (k) {
      f[k] = f[k].map(function (s) { return s === null ? null : D.strings[s]; });
    });
    var years = new Array(n), units = new Array(n), yearSets = new Array(n);
    for (var i = 0; i < n; i++) {
      var ys = f.d[i].map(formYear);
      yearSets[i] = ys;
      years[i] = ys[ys.length - 1];
      units[i] = D.projects[f.p[i]][0];
    }
    derived = {n: n, year: years, years: yearSets, unit: units};
  }

  // ---------- routing ----------
  function route() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ''));
    var parts = h.split('/');
    if (parts[0] === 'p' && D.projects[Number(parts[1])]) { showProject(Number(parts[1]), null, null); }
    else if (parts[0] === 'f' && D.forms[Number(parts[1])]) {
      var form = Number(parts[1]);
      showProject(D.forms[form][0], form, parts.slice(2).join('/') || null);
    }
    else if (parts[0] === 'findings') { showFindings(); }
    else if (parts[0] === 'projects') { showProjects(); }
    else { showOverview(); }
  }

  function frame(view) {
    state.view = view;
    document.documentElement.lang = META.htmlLang[lang];
    document.title = t('ui.title') + ' · perfdecl';
    var body = document.getElementById('app');
    body.textContent = '';
    var nav = el('nav', null, ['overview', 'findings', 'projects'].map(function (v) {
      return el('a', {href: '#' + v, cls: v === view ? 'on' : '', id: 'nav-' + v, text: t('ui.nav.' + v)});
    }));
    var header = el('header', null, [
      el('h1', null, [t('ui.title') + ' ', el('small', {text: t('ui.subtitle')})]),
      nav,
      el('button', {id: 'lang', type: 'button', text: t('ui.lang'), onclick: switchLanguage})
    ]);
    var main = el('main', {id: 'main'});
    body.appendChild(header);
    body.appendChild(main);
    body.appendChild(el('footer', {text: t('ui.generated')}));
    return main;
  }

  function switchLanguage() {
    lang = lang === 'zh' ? 'en' : 'zh';
    route();
  }

  // ---------- overview ----------
  function showOverview() {
    var main = frame('overview');
    var sevCount = [0, 0, 0];
    D.f.s.forEach(function (s) { sevCount[s]++; });
    var multi = D.projects.filter(function (p) {
      var ys = {}; p[4].forEach(function (f) { ys[D.forms[f][1]] = 1; }); return Object.keys(ys).length > 1;
    }).length;
    main.appendChild(el('div', {cls: 'counts', id: 'counts'}, [
      count(D.forms.length, t('ui.count.forms')), count(D.projects.length, t('ui.count.projects')),
      count(D.units.length, t('ui.count.units')), count(multi, t('ui.count.multiYear')),
      count(sevCount[0], META.sev[lang].error, 'error'), count(sevCount[1], META.sev[lang].warning, 'warning'),
      count(sevCount[2], META.sev[lang].info, 'info')
    ]));
    // by year
    var byYear = {};
    D.summary.forEach(function (r) {
      var y = r[1] === null ? '?' : r[1];
      var a = byYear[y] || (byYear[y] = [0, {}, 0, 0, 0, 0, 0]);
      a[0] += r[2]; a[1][r[0]] = 1; a[2] += r[4]; a[3] += r[5]; a[4] += r[6]; a[5] += r[7]; a[6] += r[8];
    });
    var yearRows = Object.keys(byYear).sort().map(function (y) {
      var a = byYear[y];
      return [y, a[0], Object.keys(a[1]).length, a[2], a[3], a[4], a[5], a[6]];
    });
    main.appendChild(el('h2', {text: t('ui.byYear')}));
    main.appendChild(table('by-year', [t('ui.col.year'), t('ui.col.forms'), t('ui.count.units'), t('ui.col.errors'),
      t('ui.col.warnings'), t('ui.col.infos'), t('ui.col.total'), t('ui.col.currentYear')], yearRows, function (r) {
      state.year = String(r[0]); location.hash = '#findings';
    }));
    var grid = el('div', {cls: 'grid2'});
    grid.appendChild(el('div', {cls: 'card'}, [el('h3', {text: t('ui.chart.findingsPerUnit', {n: 25})}), findingsPerUnitChart(25)]));
    grid.appendChild(el('div', {cls: 'card'}, [el('h3', {text: t('ui.chart.execVsTarget')}), execScatter(),
      el('div', {cls: 'muted', text: t('ui.chart.execVsTarget.note')})]));
    main.appendChild(grid);
    // by unit and year
    main.appendChild(el('h2', {text: t('ui.byUnit')}));
    var unitRows = D.summary.map(function (r) {
      return [D.units[r[0]], r[1] === null ? '?' : r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[0]];
    });
    main.appendChild(el('div', {cls: 'scroll'}, [table('by-unit', [t('ui.col.unit'), t('ui.col.year'), t('ui.col.forms'),
      t('ui.col.projects'), t('ui.col.errors'), t('ui.col.warnings'), t('ui.col.infos'), t('ui.col.total'),
      t('ui.col.currentYear')], unitRows, function (r) {
      state.unit = String(r[9]); state.year = String(r[1]); location.hash = '#findings';
    })]));
  }

  function count(n, label, cls) {
    return el('div', {cls: 'count' + (cls ? ' ' + cls : '')}, [el('b', {text: num(n)}), el('span', {text: label})]);
  }

  function table(id, head, rows, onclick) {
    var th = el('tr', null, head.map(function (h) { return el('th', {text: h}); }));
    var body = el('tbody');
    rows.forEach(function (r) {
      var tr = el('tr', null, head.map(function (h, i) {
        var v = r[i];
        return el('td', {cls: typeof v === 'number' && i > 0 ? 'num' : '', text: typeof v === 'number' && i > 1 ? num(v) : String(v)});
      }));
      if (onclick) { tr.style.cursor = 'pointer'; tr.addEventListener('click', function () { onclick(r); }); }
      body.appendChild(tr);
    });
    return el('table', {id: id}, [el('thead', null, [th]), body]);
  }

  function findingsPerUnitChart(top) {
    var per = {};
    for (var i = 0; i < derived.n; i++) {
      var u = derived.unit[i], a = per[u] || (per[u] = [0, 0, 0]);
      a[D.f.s[i]]++;
    }
    var units = Object.keys(per).map(Number).sort(function (a, b) {
      var x = per[a][0] + per[a][1] + per[a][2], y = per[b][0] + per[b][1] + per[b][2];
      return y - x || a - b;
    }).slice(0, top);
    if (!units.length) { return el('p', {cls: 'muted', text: t('ui.noFindings')}); }
    var max = Math.max.apply(null, units.map(function (u) { return per[u][0] + per[u][1] + per[u][2]; }));
    var W = 560, L = 210, H = units.length * 18 + 30;
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, id: 'chart-units', role: 'img'});
    units.forEach(function (u, k) {
      var x = L, y = 8 + k * 18;
      var name = D.units[u];
      var label = svg('text', {x: L - 6, y: y + 11, 'text-anchor': 'end'}, name.length > 16 ? name.slice(0, 15) + '…' : name);
      label.appendChild(svg('title', {}, name));
      s.appendChild(label);
      ['e', '', 'i'].forEach(function (cls, sv) {
        var w = per[u][sv] / max * (W - L - 50);
        if (w > 0) { s.appendChild(svg('rect', {x: x, y: y, width: w, height: 13, 'class': 'bar' + (cls ? ' ' + cls : '')})); }
        x += w;
      });
      s.appendChild(svg('text', {x: x + 4, y: y + 11}, String(per[u][0] + per[u][1] + per[u][2])));
      var hit = svg('rect', {x: 0, y: y - 2, width: W, height: 17, fill: 'transparent', style: 'cursor:pointer'});
      hit.addEventListener('click', function () { state.unit = String(u); location.hash = '#findings'; });
      s.appendChild(hit);
    });
    return s;
  }

  function targetValue(raw) {
    if (!raw) { return null; }
    var m = String(raw).match(/(\d+(?:\.\d+)?)/);
    return m ? Number(m[1]) : null;
  }

  function execScatter() {
    var pts = [];
    D.forms.forEach(function (f, i) {
      var rate = f[9] === null ? null : Number(f[9]), target = targetValue(f[10]);
      if (rate !== null && target !== null) { pts.push([target, rate, i]); }
    });
    if (!pts.length) { return el('p', {cls: 'muted', text: t('ui.noChart')}); }
    var W = 520, H = 300, L = 50, B = 40, T = 10, R = 10;
    var lo = Math.min(50, Math.min.apply(null, pts.map(function (p) { return Math.min(p[0], p[1]); })));
    var hi = Math.max(100, Math.max.apply(null, pts.map(function (p) { return Math.max(p[0], p[1]); })));
    hi = Math.min(hi, 150);
    function X(v) { return L + (Math.min(v, hi) - lo) / (hi - lo) * (W - L - R); }
    function Y(v) { return H - B - (Math.min(v, hi) - lo) / (hi - lo) * (H - B - T); }
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, id: 'chart-exec', role: 'img'});
    for (var v = Math.ceil(lo / 10) * 10; v <= hi; v += 10) {
      s.appendChild(svg('line', {'class': 'grid', x1: L, x2: W - R, y1: Y(v), y2: Y(v)}));
      s.appendChild(svg('text', {x: L - 4, y: Y(v) + 4, 'text-anchor': 'end'}, String(v)));
      s.appendChild(svg('text', {x: X(v), y: H - B + 14, 'text-anchor': 'middle'}, String(v)));
    }
    s.appendChild(svg('line', {'class': 'axis', x1: X(lo), y1: Y(lo), x2: X(hi), y2: Y(hi), 'stroke-dasharray': '4 3'}));
    var step = Math.max(1, Math.ceil(pts.length / 4000));   // at most 4,000 dots; misses are always drawn
    pts.forEach(function (p, k) {
      var miss = p[1] < p[0];
      if (!miss && k % step) { return; }
      var c = svg('circle', {cx: X(p[0]).toFixed(1), cy: Y(p[1]).toFixed(1), r: miss ? 3 : 2.2, 'class': 'dot' + (miss ? ' miss' : '')});
      c.appendChild(svg('title', {}, D.forms[p[2]][4] + ' · ' + formYear(p[2]) + ': ' + p[1] + '% / ' + D.forms[p[2]][10]));
      s.appendChild(c);
    });
    s.appendChild(svg('text', {'class': 'label', x: (L + W) / 2, y: H - 6, 'text-anchor': 'middle'}, t('ui.axis.target')));
    s.appendChild(svg('text', {'class': 'label', transform: 'translate(12 ' + (H - B) / 2 + ') rotate(-90)', 'text-anchor': 'middle'}, t('ui.axis.rate')));
    return s;
  }

  // ---------- findings ----------
  var COLUMNS = [
    {key: 'sev', label: 'ui.col.severity'}, {key: 'code', label: 'ui.col.code'}, {key: 'unit', label: 'ui.col.unit'},
    {key: 'project', label: 'ui.col.project'}, {key: 'year', label: 'ui.col.year'}, {key: 'message', label: 'ui.col.message'},
    {key: 'expected', label: 'ui.col.expected'}, {key: 'actual', label: 'ui.col.actual'}
  ];

  function message(i) { return lang === 'en' ? D.f.me[i] : D.f.mz[i]; }

  function showFindings() {
    var main = frame('findings');
    var filters = el('div', {cls: 'filters'});
    function select(id, key, label, options) {
      var s = el('select', {id: id}, [el('option', {value: '', text: t('ui.filter.all')})].concat(options.map(function (o) {
        return el('option', {value: o[0], text: o[1]});
      })));
      s.value = state[key];
      s.addEventListener('change', function () { state[key] = s.value; refresh(); });
      filters.appendChild(el('label', null, [label, s]));
    }
    function input(id, key, label) {
      var i = el('input', {id: id, type: 'search', value: state[key]});
      i.addEventListener('input', function () { state[key] = i.value; refresh(); });
      filters.appendChild(el('label', null, [label, i]));
    }
    select('f-sev', 'sev', t('ui.filter.severity'), SEV.map(function (s, k) { return [String(k), META.sev[lang][s]]; }));
    select('f-code', 'code', t('ui.filter.code'), D.codes.map(function (c, k) {
      var m = META.codes[c];
      return [String(k), c + (m ? ' · ' + (lang === 'en' ? m[2] : m[1]).slice(0, 40) : '')];
    }));
    var unitOrder = D.units.map(function (u, k) { return k; }).sort(function (a, b) { return D.units[a] < D.units[b] ? -1 : 1; });
    select('f-unit', 'unit', t('ui.filter.unit'), unitOrder.map(function (k) { return [String(k), D.units[k]]; }));
    var years = {};
    D.forms.forEach(function (f, k) { years[formYear(k)] = 1; });
    select('f-year', 'year', t('ui.filter.year'), Object.keys(years).sort().map(function (y) { return [y, y]; }));
    input('f-project', 'project', t('ui.filter.project'));
    input('f-search', 'search', t('ui.filter.search'));
    filters.appendChild(el('button', {type: 'button', id: 'f-reset', text: t('ui.filter.reset'), onclick: function () {
      state.sev = state.code = state.unit = state.year = state.project = state.search = '';
      showFindings();
    }}));
    main.appendChild(filters);
    var shown = el('div', {cls: 'shown', id: 'shown'});
    main.appendChild(shown);
    var head = el('div', {cls: 'vhead', id: 'f-head'}, COLUMNS.map(function (c) {
      var d = el('div', {text: t(c.label), 'data-key': c.key, cls: state.sortKey === c.key ? (state.sortDir > 0 ? 'asc' : 'desc') : ''});
      d.addEventListener('click', function () {
        if (state.sortKey === c.key) { state.sortDir = -state.sortDir; } else { state.sortKey = c.key; state.sortDir = 1; }
        showFindings();
      });
      return d;
    }));
    main.appendChild(head);
    var list = el('div', {cls: 'vlist', id: 'f-list'});
    var spacer = el('div', {style: 'height:0'});
    list.appendChild(spacer);
    main.appendChild(list);
    function refresh() {
      shownFindings = filterFindings();
      sortFindings(shownFindings);
      shown.textContent = t('ui.shown', {n: num(shownFindings.length), m: num(derived.n)});
      shown.setAttribute('data-n', String(shownFindings.length));
      spacer.style.height = (shownFindings.length * ROW) + 'px';
      list.scrollTop = 0;
      draw();
    }
    var drawn = [];
    function draw() {
      drawn.forEach(function (r) { list.removeChild(r); });
      drawn = [];
      var first = Math.max(0, Math.floor(list.scrollTop / ROW) - 5);
      var last = Math.min(shownFindings.length, first + Math.ceil((list.clientHeight || 600) / ROW) + 10);
      for (var k = first; k < last; k++) {
        var r = findingRow(shownFindings[k]);
        r.style.top = (k * ROW) + 'px';
        list.appendChild(r);
        drawn.push(r);
      }
    }
    list.addEventListener('scroll', function () { window.requestAnimationFrame(draw); });
    refresh();
  }

  function lower(s) { return s === null || s === undefined ? '' : String(s).toLowerCase(); }

  function haystack(i) {
    var texts = searchText[lang];
    if (!texts) {
      texts = searchText[lang] = new Array(derived.n);
      for (var k = 0; k < derived.n; k++) {
        var p = D.projects[D.f.p[k]];
        texts[k] = lower([message(k), D.codes[D.f.c[k]], p[1], D.units[p[0]], D.f.e[k], D.f.a[k],
          D.f.d[k].map(function (f) { return D.forms[f][3] + ' ' + D.forms[f][4]; }).join(' '),
          D.f.fl[k].join(' ')].join('\u0001'));
      }
    }
    return texts[i];
  }

  function filterFindings() {
    var out = [];
    var sev = state.sev === '' ? -1 : Number(state.sev), code = state.code === '' ? -1 : Number(state.code);
    var unit = state.unit === '' ? -1 : Number(state.unit), year = state.year;
    var project = lower(state.project).trim(), search = lower(state.search).trim();
    var words = search ? search.split(/\s+/) : [];
    for (var i = 0; i < derived.n; i++) {
      if (sev >= 0 && D.f.s[i] !== sev) { continue; }
      if (code >= 0 && D.f.c[i] !== code) { continue; }
      if (unit >= 0 && derived.unit[i] !== unit) { continue; }
      if (year && derived.years[i].indexOf(year) < 0) { continue; }
      if (project && lower(D.projects[D.f.p[i]][1]).indexOf(project) < 0) { continue; }
      if (words.length) {
        var h = haystack(i), ok = true;
        for (var w = 0; w < words.length && ok; w++) { ok = h.indexOf(words[w]) >= 0; }
        if (!ok) { continue; }
      }
      out.push(i);
    }
    return out;
  }

  function sortValue(i, key) {
    switch (key) {
      case 'sev': return D.f.s[i];
      case 'code': return D.codes[D.f.c[i]];
      case 'unit': return D.units[derived.unit[i]];
      case 'project': return D.projects[D.f.p[i]][1];
      case 'year': return derived.year[i];
      case 'message': return message(i);
      case 'expected': return D.f.e[i] === null ? '' : D.f.e[i];
      case 'actual': return D.f.a[i] === null ? '' : D.f.a[i];
    }
    return i;
  }

  function sortFindings(list) {
    if (!state.sortKey) { return; }
    var key = state.sortKey, dir = state.sortDir;
    var values = {};
    list.forEach(function (i) { values[i] = sortValue(i, key); });
    list.sort(function (a, b) {
      var x = values[a], y = values[b];
      var c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return c * dir || a - b;
    });
  }

  function findingRow(i) {
    var p = D.f.p[i];
    var row = el('div', {cls: 'vrow', 'data-i': String(i)}, [
      el('div', null, [sevBadge(D.f.s[i])]),
      el('div', null, [el('code', {text: D.codes[D.f.c[i]]})]),
      el('div', {cls: 'unit', text: unitOf(p), title: unitOf(p)}),
      el('div', {cls: 'project', text: D.projects[p][1], title: D.projects[p][1]}),
      el('div', {text: derived.years[i].join('→')}),
      el('div', {cls: 'msg', text: message(i), title: message(i)}),
      el('div', {text: D.f.e[i] === null ? '—' : D.f.e[i], title: D.f.e[i] === null ? '' : D.f.e[i]}),
      el('div', {text: D.f.a[i] === null ? '—' : D.f.a[i], title: D.f.a[i] === null ? '' : D.f.a[i]})
    ]);
    row.addEventListener('click', function () {
      var forms = D.f.d[i];
      location.hash = '#f/' + forms[forms.length - 1] + '/' + (D.f.fl[i][forms.length - 1] || '');
    });
    return row;
  }

  // ---------- projects ----------
  function showProjects() {
    var main = frame('projects');
    var filters = el('div', {cls: 'filters'});
    var q = el('input', {id: 'p-search', type: 'search', value: state.project});
    filters.appendChild(el('label', null, [t('ui.filter.project') + ' / ' + t('ui.filter.unit'), q]));
    main.appendChild(filters);
    var shown = el('div', {cls: 'shown', id: 'p-shown'});
    main.appendChild(shown);
    var wrap = el('div', {cls: 'plist'});
    wrap.appendChild(el('div', {cls: 'vhead'}, [t('ui.col.project'), t('ui.col.unit'), t('ui.col.years'), t('ui.col.errors'),
      t('ui.col.warnings'), t('ui.col.infos')].map(function (h) { return el('div', {text: h}); })));
    var list = el('div', {cls: 'vlist', id: 'p-list'});
    var spacer = el('div');
    list.appendChild(spacer);
    wrap.appendChild(list);
    main.appendChild(wrap);
    var perProject = D.projects.map(function () { return [0, 0, 0]; });
    for (var i = 0; i < derived.n; i++) { perProject[D.f.p[i]][D.f.s[i]]++; }
    var rows = [];
    function refresh() {
      var words = lower(q.value).trim();
      rows = [];
      D.projects.forEach(function (p, k) {
        if (!words || lower(p[1]).indexOf(words) >= 0 || lower(D.units[p[0]]).indexOf(words) >= 0) { rows.push(k); }
      });
      shown.textContent = t('ui.projectsShown', {n: num(rows.length), m: num(D.projects.length)});
      shown.setAttribute('data-n', String(rows.length));
      spacer.style.height = rows.length * ROW + 'px';
      list.scrollTop = 0;
      draw();
    }
    var drawn = [];
    function draw() {
      drawn.forEach(function (r) { list.removeChild(r); });
      drawn = [];
      var first = Math.max(0, Math.floor(list.scrollTop / ROW) - 5);
      var last = Math.min(rows.length, first + Math.ceil((list.clientHeight || 600) / ROW) + 10);
      for (var k = first; k < last; k++) {
        var pi = rows[k], p = D.projects[pi];
        var ys = {};
        p[4].forEach(function (f) { ys[formYear(f)] = 1; });
        var r = el('div', {cls: 'vrow', style: 'top:' + k * ROW + 'px'}, [
          el('div', {text: p[1], title: p[1]}), el('div', {text: D.units[p[0]], title: D.units[p[0]]}),
          el('div', {text: Object.keys(ys).sort().join(' ')}),
          el('div', {cls: 'num', text: String(perProject[pi][0])}), el('div', {cls: 'num', text: String(perProject[pi][1])}),
          el('div', {cls: 'num', text: String(perProject[pi][2])})]);
        (function (target) { r.addEventListener('click', function () { location.hash = '#p/' + target; }); })(pi);
        list.appendChild(r);
        drawn.push(r);
      }
    }
    q.addEventListener('input', function () { state.project = q.value; refresh(); });
    list.addEventListener('scroll', function () { window.requestAnimationFrame(draw); });
    refresh();
  }

  // ---------- one project ----------
  function showProject(pi, focusForm, focusField) {
    var main = frame('project');
    var p = D.projects[pi];
    var forms = p[4].slice();
    main.className = 'project';
    main.appendChild(el('h2', {id: 'project-title'}, [el('span', {cls: 'unitTag', id: 'project-unit', text: D.units[p[0]]}),
      el('span', {id: 'project-name', text: p[1]})]));
    var names = {};
    forms.forEach(function (f) { names[D.forms[f][4]] = 1; });
    main.appendChild(el('p', {cls: 'muted', text: t('ui.project.key') + ' ' + p[2] + ' · ' + t('ui.project.similarity') + ' ' +
      Number(p[3]).toFixed(2) + ' · ' + t('ui.project.names') + ': ' + Object.keys(names).join(' / ')}));

    // budget side by side
    main.appendChild(el('h3', {text: t('ui.project.filings')}));
    var head = el('tr', null, [el('th', {text: ''})].concat(forms.map(function (f) {
      var a = el('a', {href: '#f/' + f, text: formYear(f)});
      return el('th', {id: 'col-' + f, 'data-form': String(f)}, [a, el('br'), el('small', {text: D.forms[f][3] || D.forms[f][2]})]);
    })));
    var rows = [['projectType', 0], ['fundUse', 1], ['period.start', 2], ['period.end', 3]].map(function (r) {
      return el('tr', null, [el('th', {text: fieldName(r[0])})].concat(forms.map(function (f) {
        var v = D.forms[f][14][r[1]];
        return el('td', {id: 'cell-' + f + '-' + r[0], text: v === null ? '—' : v});
      })));
    }).concat([
      ['budget.total', 5], ['budget.currentYear', 6], ['budget.priorYearBudget', 7], ['budget.priorYearExecuted', 8]
    ].map(function (r) {
      return el('tr', null, [el('th', {text: fieldName(r[0])})].concat(forms.map(function (f) {
        return el('td', {cls: 'num', id: 'cell-' + f + '-' + r[0], text: num(D.forms[f][r[1]])});
      })));
    }));
    rows.push(el('tr', null, [el('th', {text: t('ui.row.executionRate')})].concat(forms.map(function (f) {
      return el('td', {cls: 'num', text: D.forms[f][9] === null ? '—' : D.forms[f][9] + '%'});
    }))));
    rows.push(el('tr', null, [el('th', {text: t('ui.row.declaredTarget')})].concat(forms.map(function (f) {
      return el('td', {cls: 'num', text: D.forms[f][11] || '—'});
    }))));
    main.appendChild(el('table', {cls: 'side', id: 'budget-table'}, [el('thead', null, [head]), el('tbody', null, rows)]));

    var charts = el('div', {cls: 'grid2'});
    charts.appendChild(el('div', {cls: 'card'}, [el('h3', {text: t('ui.chart.budget')}), budgetChart(forms)]));
    charts.appendChild(el('div', {cls: 'card'}, [el('h3', {text: t('ui.chart.rate')}), rateChart(forms)]));
    main.appendChild(charts);

    // budget items side by side
    var itemNames = [], itemSeen = {};
    forms.forEach(function (f) { D.forms[f][12].forEach(function (it) { if (!itemSeen[it[0]]) { itemSeen[it[0]] = 1; itemNames.push(it[0]); } }); });
    if (itemNames.length) {
      main.appendChild(el('h3', {text: t('ui.project.items')}));
      main.appendChild(el('table', {cls: 'side', id: 'items-table'}, [el('thead', null, [head.cloneNode(true)]), el('tbody', null,
        itemNames.map(function (name) {
          return el('tr', null, [el('th', {cls: 'wrap', text: name === null ? '—' : name})].concat(forms.map(function (f) {
            var items = D.forms[f][12], at = -1;
            for (var k = 0; k < items.length; k++) { if (items[k][0] === name) { at = k; break; } }
            return el('td', {cls: 'num', id: at < 0 ? null : 'cell-' + f + '-budget.items[' + at + ']', text: at < 0 ? '' : num(items[at][1])});
          })));
        }))]));
    }
    // indicators and targets side by side
    var indKeys = [], indSeen = {};
    forms.forEach(function (f) {
      D.forms[f][13].forEach(function (ind) {
        var k = [ind[0], ind[1], ind[2]].join(' / ');
        if (!indSeen[k]) { indSeen[k] = 1; indKeys.push(k); }
      });
    });
    if (indKeys.length) {
      main.appendChild(el('h3', {text: t('ui.project.targets')}));
      main.appendChild(el('table', {cls: 'side', id: 'targets-table'}, [el('thead', null, [head.cloneNode(true)]), el('tbody', null,
        indKeys.map(function (key) {
          return el('tr', null, [el('th', {cls: 'wrap', text: key})].concat(forms.map(function (f) {
            var inds = D.forms[f][13], at = -1;
            for (var k = 0; k < inds.length; k++) { if ([inds[k][0], inds[k][1], inds[k][2]].join(' / ') === key) { at = k; break; } }
            return el('td', {id: at < 0 ? null : 'cell-' + f + '-indicators[' + at + ']', text: at < 0 ? '' : (inds[at][3] || '—')});
          })));
        }))]));
    }
    // findings of the project
    main.appendChild(el('h3', {text: t('ui.project.findings')}));
    var ul = el('ul', {cls: 'flist', id: 'project-findings'});
    for (var i = 0; i < derived.n; i++) {
      if (D.f.p[i] !== pi) { continue; }
      var li = el('li', {cls: SEV[D.f.s[i]]}, [sevBadge(D.f.s[i]), ' ', el('code', {text: D.codes[D.f.c[i]]}), ' ',
        el('span', {cls: 'msg', text: message(i)})]);
      li.appendChild(el('div', {cls: 'vals', text: t('ui.col.expected') + ': ' + (D.f.e[i] === null ? '—' : D.f.e[i]) + ' · ' +
        t('ui.col.actual') + ': ' + (D.f.a[i] === null ? '—' : D.f.a[i])}));
      var where = el('div', {cls: 'vals'});
      D.f.d[i].forEach(function (f, k) {
        var field = D.f.fl[i][k];
        where.appendChild(el('a', {href: '#f/' + f + (field ? '/' + field : ''),
          text: formYear(f) + ' ' + (D.forms[f][3] || D.forms[f][2]) + (field ? ' · ' + fieldName(field) : '')}));
      });
      li.appendChild(where);
      ul.appendChild(li);
    }
    if (!ul.firstChild) { ul.appendChild(el('li', {text: t('ui.noFindings')})); }
    main.appendChild(ul);
    if (focusForm !== null) { highlight(focusForm, focusField); } else { window.scrollTo(0, 0); }
  }

  function highlight(form, field) {
    var target = null;
    var path = field || '';
    while (path && !target) {
      target = document.getElementById('cell-' + form + '-' + path);
      if (!target) {
        var cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        path = cut > 0 ? path.slice(0, cut) : '';
      }
    }
    var col = document.getElementById('col-' + form);
    if (col) { col.classList.add('hl'); }
    target = target || col;
    if (target) { target.classList.add('hl'); target.scrollIntoView({block: 'center'}); }
  }

  function budgetChart(forms) {
    var budget = {}, executed = {};
    forms.forEach(function (f) {
      var y = D.forms[f][1];
      if (y === null) { return; }
      if (D.forms[f][6] !== null && budget[y] === undefined) { budget[y] = D.forms[f][6]; }
      if (D.forms[f][8] !== null && executed[y - 1] === undefined) { executed[y - 1] = D.forms[f][8]; }
    });
    var years = Object.keys(budget).map(Number).sort();
    if (!years.length) { return el('p', {cls: 'muted', text: t('ui.noChart')}); }
    var max = 1;
    years.forEach(function (y) { max = Math.max(max, budget[y], executed[y] || 0); });
    var W = 520, H = 240, L = 70, B = 40, T = 28, R = 10, plotH = H - T - B, plotW = W - L - R;
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, 'class': 'budget-chart', role: 'img'});
    for (var g = 0; g <= 4; g++) {
      var y = T + plotH - g / 4 * plotH;
      s.appendChild(svg('line', {'class': 'grid', x1: L, x2: W - R, y1: y, y2: y}));
      s.appendChild(svg('text', {x: L - 4, y: y + 4, 'text-anchor': 'end'}, (max * g / 4 / 10000).toFixed(1)));
    }
    var slot = plotW / years.length, bar = Math.min(40, slot / 3);
    years.forEach(function (yr, k) {
      var x0 = L + slot * k + slot / 2;
      var h1 = budget[yr] / max * plotH;
      var r1 = svg('rect', {'class': 'budget', x: x0 - bar - 2, y: T + plotH - h1, width: bar, height: h1});
      r1.appendChild(svg('title', {}, yr + ' ' + num(budget[yr])));
      s.appendChild(r1);
      if (executed[yr] !== undefined) {
        var h2 = executed[yr] / max * plotH;
        var r2 = svg('rect', {'class': 'executed', x: x0 + 2, y: T + plotH - h2, width: bar, height: h2});
        r2.appendChild(svg('title', {}, yr + ' ' + num(executed[yr])));
        s.appendChild(r2);
      }
      s.appendChild(svg('text', {x: x0, y: T + plotH + 16, 'text-anchor': 'middle'}, String(yr)));
    });
    s.appendChild(svg('line', {'class': 'axis', x1: L, y1: T + plotH, x2: W - R, y2: T + plotH}));
    s.appendChild(svg('rect', {'class': 'budget legend', x: L, y: 6, width: 12, height: 12}));
    s.appendChild(svg('text', {x: L + 16, y: 16}, t('ui.legend.budget')));
    s.appendChild(svg('rect', {'class': 'executed legend', x: L + 150, y: 6, width: 12, height: 12}));
    s.appendChild(svg('text', {x: L + 166, y: 16}, t('ui.legend.executed')));
    s.appendChild(svg('text', {'class': 'label', transform: 'translate(12 ' + (T + plotH / 2) + ') rotate(-90)', 'text-anchor': 'middle'}, t('ui.axis.wan')));
    return s;
  }

  function rateChart(forms) {
    var pts = [];
    forms.forEach(function (f) {
      var y = D.forms[f][1], rate = D.forms[f][9] === null ? null : Number(D.forms[f][9]), target = targetValue(D.forms[f][10]);
      if (y !== null && (rate !== null || target !== null)) { pts.push([y - 1, rate, target]); }
    });
    if (!pts.length) { return el('p', {cls: 'muted', text: t('ui.noChart')}); }
    var W = 520, H = 240, L = 50, B = 40, T = 28, R = 20, plotH = H - T - B, plotW = W - L - R;
    var hi = 100;
    pts.forEach(function (p) { hi = Math.max(hi, p[1] || 0, p[2] || 0); });
    var lo = 0;
    function X(k) { return L + (pts.length === 1 ? plotW / 2 : k / (pts.length - 1) * plotW); }
    function Y(v) { return T + plotH - (v - lo) / (hi - lo) * plotH; }
    var s = svg('svg', {viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, 'class': 'rate-chart', role: 'img'});
    for (var v = 0; v <= hi; v += 25) {
      s.appendChild(svg('line', {'class': 'grid', x1: L, x2: W - R, y1: Y(v), y2: Y(v)}));
      s.appendChild(svg('text', {x: L - 4, y: Y(v) + 4, 'text-anchor': 'end'}, String(v)));
    }
    [[1, 'rate'], [2, 'target']].forEach(function (series) {
      var d = '';
      pts.forEach(function (p, k) {
        if (p[series[0]] === null) { return; }
        d += (d ? ' L' : 'M') + X(k).toFixed(1) + ' ' + Y(p[series[0]]).toFixed(1);
        var c = svg('circle', {cx: X(k), cy: Y(p[series[0]]), r: 3.5, 'class': series[1] === 'rate' ? 'dot' : 'dot miss'});
        c.appendChild(svg('title', {}, p[0] + ': ' + p[series[0]] + '%'));
        s.appendChild(c);
      });
      if (d) { s.insertBefore(svg('path', {d: d, 'class': 'line ' + series[1]}), s.firstChild); }
    });
    pts.forEach(function (p, k) { s.appendChild(svg('text', {x: X(k), y: T + plotH + 16, 'text-anchor': 'middle'}, String(p[0]))); });
    s.appendChild(svg('line', {'class': 'line rate', x1: L, y1: 12, x2: L + 20, y2: 12}));
    s.appendChild(svg('text', {x: L + 24, y: 16}, t('ui.legend.rate')));
    s.appendChild(svg('line', {'class': 'line target', x1: L + 130, y1: 12, x2: L + 150, y2: 12}));
    s.appendChild(svg('text', {x: L + 154, y: 16}, t('ui.legend.target')));
    return s;
  }

  // ---------- start ----------
  window.addEventListener('hashchange', function () { if (D) { route(); } });
  load().then(function (data) {
    D = data;
    derive();
    route();
    window.perfdeclReady = performance.now();
    document.body.setAttribute('data-ready', '1');
  }).catch(function (e) {
    if (String(e.message) !== 'no DecompressionStream') { console.error(e); }
  });
})();
