// ecosys explorer: one network in the browser, drawn by sigma.js (WebGL) from a
// graphology graph at the positions ecosys computed with Graphviz. Every element
// .ex[data-explorer] is one explorer; its data is the JSON in the element named by
// data-explorer (src/report/explorer.cpp writes both; docs/explorer.md describes them).
// No network access, no eval: the page's Content-Security-Policy allows this script by hash.
(function () {
  'use strict';
  if (typeof graphology === 'undefined' || typeof Sigma === 'undefined') return;

  const SHAPES = { circle: 0, ellipse: 0, box: 1, rect: 1, rectangle: 1, square: 1, triangle: 2, diamond: 3,
                   invtriangle: 4, hexagon: 5, pentagon: 6, star: 7, octagon: 8 };
  const DIM = '#e2e5ea';
  const GREYS = ['#dde1e7', '#c9ced6', '#b3b9c3', '#9ca3ae', '#858d99', '#6b7280'];
  const FONT = '"Noto Sans CJK JP", "Noto Sans", "DejaVu Sans", sans-serif';

  // Nodes drawn in the sector's shape: a signed distance per shape, inside the disc
  // sigma's circle program draws (the same triangle of three vertices around it).
  const FRAGMENT = `
precision highp float;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
uniform float u_correctionRatio;
const float PI = 3.14159265;
float star(vec2 p, float r) {
  float seg = 2.0 * PI / 5.0;
  float a = mod(atan(p.x, p.y) + seg * 0.5, seg) - seg * 0.5;
  vec2 q = length(p) * vec2(cos(a), abs(sin(a)));
  vec2 outer = vec2(r, 0.0);
  vec2 inner = 0.45 * r * vec2(cos(seg * 0.5), sin(seg * 0.5));
  vec2 e = inner - outer;
  return dot(q - outer, normalize(vec2(e.y, -e.x)));
}
void main(void) {
  float border = u_correctionRatio * 2.0;
  vec2 p = v_diffVector;
  float r = v_radius - border;
  // Signed distances by dot products with each shape's edge normals (no trigonometry
  // per pixel but for the star: software WebGL draws thousands of these per frame).
  vec2 q = abs(p);
  float d;
  if (v_shape < 0.5) d = length(p) - r;                                                  // circle
  else if (v_shape < 1.5) d = max(q.x, q.y) - r * 0.7071;                               // box
  else if (v_shape < 2.5) d = max(-p.y, dot(vec2(q.x, p.y), vec2(0.8660, 0.5))) - r * 0.5;             // triangle
  else if (v_shape < 3.5) d = (q.x + q.y) * 0.7071 - r * 0.7071;                         // diamond
  else if (v_shape < 4.5) d = max(p.y, dot(vec2(q.x, p.y), vec2(0.8660, -0.5))) - r * 0.5;   // inverted triangle
  else if (v_shape < 5.5) d = max(q.x, dot(q, vec2(0.5, 0.8660))) - r * 0.8660;            // hexagon
  else if (v_shape < 6.5) d = max(-p.y, max(dot(vec2(q.x, p.y), vec2(0.9511, -0.3090)),
                                          dot(vec2(q.x, p.y), vec2(0.5878, 0.8090)))) - r * 0.8090;  // pentagon
  else if (v_shape < 7.5) d = star(p, r);
  else d = max(max(q.x, q.y), (q.x + q.y) * 0.7071) - r * 0.9239;                        // octagon
  #ifdef PICKING_MODE
  gl_FragColor = d > 0.0 ? vec4(0.0) : v_color;
  #else
  gl_FragColor = mix(v_color, vec4(0.0), clamp(d / border + 0.5, 0.0, 1.0));
  #endif
}`;
  const VERTEX = `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;
const float bias = 255.0 / 254.0;
void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = size / 2.0;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}`;
  const GL = WebGLRenderingContext;
  class ShapeProgram extends Sigma.rendering.NodeProgram {
    getDefinition() {
      return {
        VERTICES: 3, VERTEX_SHADER_SOURCE: VERTEX, FRAGMENT_SHADER_SOURCE: FRAGMENT, METHOD: GL.TRIANGLES,
        UNIFORMS: ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'],
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: GL.FLOAT },
          { name: 'a_size', size: 1, type: GL.FLOAT },
          { name: 'a_color', size: 4, type: GL.UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: GL.UNSIGNED_BYTE, normalized: true },
          { name: 'a_shape', size: 1, type: GL.FLOAT },
        ],
        CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: GL.FLOAT }],
        CONSTANT_DATA: [[0], [2 * Math.PI / 3], [4 * Math.PI / 3]],
      };
    }
    processVisibleItem(nodeIndex, start, data) {
      const a = this.array;
      a[start++] = data.x;
      a[start++] = data.y;
      a[start++] = data.size;
      a[start++] = Sigma.utils.floatColor(data.color);
      a[start++] = nodeIndex;
      a[start++] = data.shape || 0;
    }
    setUniforms(params, { gl, uniformLocations }) {
      gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    }
  }

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c != null) e.append(c);
    return e;
  }
  const fold = (s) => String(s).normalize('NFKC').toLowerCase();
  function shown(v) {
    if (v === null || v === undefined) return '–';
    if (Number.isInteger(v)) return v.toLocaleString('en-US');
    const a = Math.abs(v);
    if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(3);
    return String(Number(v.toPrecision(4)));
  }
  function download(name, blob) {
    const a = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  // The page's words in each language (data.lang); metric labels and definitions come
  // from the registry in the data, already in the page's language.
  const WORDS = {
    en: {
      whole: 'Whole network', search: 'Search actors (id or name)', searchLabel: 'Search actors by id or name',
      view: 'View', size: 'Size', none: 'none', depth: 'Ego depth', depthLabel: 'Ego network depth', kcore: 'k-core ≥',
      kcoreLabel: 'Minimum k-core', first: 'First year', last: 'Last year', years: 'Years', replay: '▶ Replay', stop: '■ Stop',
      replayTitle: 'Replay the years one by one', svgTitle: 'Save the current view as SVG', pngTitle: 'Save the current view as PNG',
      save: 'Save view ', all: 'all', sectors: 'Sectors', regions: 'Regions', noRegion: '(no region)', tieTypes: 'Tie types',
      keys: 'Keys: / search · Esc clear · + − zoom · 0 fit · arrows pan',
      stage: 'Network drawing: arrows pan, + and − zoom, 0 fits',
      hint: 'Click an actor, or search for one, to see its metrics and ego network.',
      drawn: (a, n, t) => `Drawn: ${a} of ${n} actors, ${t} ties between pairs`,
      positions: 'positions by Graphviz, as in the diagrams',
      onWhole: 'Metrics on the whole network (ecosys metrics)',
      inside: (name) => 'Metrics inside ' + name + ' (ecosys metrics --scope region)',
      ego: (d, parts) => `Ego network to depth ${d}: ` + parts.map(([c, k]) => `${c} at ${k}`).join(', '),
      strongest: 'Strongest ties', noMatch: 'No actor matches', failed: 'The explorer could not start: ',
      types: {},
    },
    ja: {
      whole: 'ネットワーク全体', search: 'アクターを検索（ID または名前）', searchLabel: 'ID または名前でアクターを検索',
      view: '表示', size: '大きさ', none: 'なし', depth: 'エゴの深さ', depthLabel: 'エゴネットワークの深さ', kcore: 'k-コア ≥',
      kcoreLabel: '最小の k-コア', first: '最初の年', last: '最後の年', years: '年', replay: '▶ 再生', stop: '■ 停止',
      replayTitle: '年を一年ずつ再生', svgTitle: '現在の表示を SVG で保存', pngTitle: '現在の表示を PNG で保存',
      save: '表示を保存 ', all: 'すべて', sectors: 'セクター', regions: '地域', noRegion: '（地域なし）', tieTypes: '紐帯の種類',
      keys: 'キー：/ 検索 · Esc 解除 · + − 拡大縮小 · 0 全体 · 矢印 移動',
      stage: 'ネットワーク図：矢印で移動、+ と − で拡大縮小、0 で全体',
      hint: 'アクターをクリックするか検索すると、指標とエゴネットワークを表示します。',
      drawn: (a, n, t) => `表示：アクター ${n} 者中 ${a} 者、ペア間の紐帯 ${t} 組`,
      positions: '配置は図と同じ Graphviz',
      onWhole: 'ネットワーク全体での指標（ecosys metrics）',
      inside: (name) => name + ' 内での指標（ecosys metrics --scope region）',
      ego: (d, parts) => `深さ ${d} までのエゴネットワーク：` + parts.map(([c, k]) => `距離 ${k} に ${c} 者`).join('、'),
      strongest: '強い紐帯', noMatch: '該当するアクターはありません', failed: 'エクスプローラーを開始できません：',
      types: { joint_research: '共同研究', matching: 'マッチング', council: '協議会', supply: '取引', training: '研修',
               equipment_sharing: '設備共用', funding: '資金提供', loan: '融資', investment: '投資', project: 'プロジェクト' },
    },
  };
  const xmlText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  function explorer(root) {
    const data = JSON.parse(document.getElementById(root.dataset.explorer).textContent);
    const W = WORDS[data.lang] || WORDS.en;
    const number = (x) => x.toLocaleString('en-US');
    const A = data.actors, T = data.ties;
    const n = A.id.length, m = T.source.length;
    const metrics = data.metrics;
    const scopes = [{ id: '*', name: W.whole }].concat(
      data.values.region ? data.regions.map((r, i) => ({ id: r.id, name: r.name, index: i })) : []);

    // Pairs: one drawn edge per pair of actors, whatever the types and years of its ties.
    const pairOf = new Int32Array(m), pairs = [];
    {
      const index = new Map();
      for (let e = 0; e < m; ++e) {
        const s = T.source[e], t = T.target[e];
        const key = s < t ? s * n + t : t * n + s;
        let p = index.get(key);
        if (p === undefined) { p = pairs.length; index.set(key, p); pairs.push([Math.min(s, t), Math.max(s, t)]); }
        pairOf[e] = p;
      }
    }
    const P = pairs.length;
    let yearMin = Infinity, yearMax = -Infinity;
    const dated = new Uint8Array(n);
    for (let e = 0; e < m; ++e) {
      const y = T.year[e];
      if (y === null) continue;
      yearMin = Math.min(yearMin, y); yearMax = Math.max(yearMax, y);
      dated[T.source[e]] = 1; dated[T.target[e]] = 1;
    }
    const hasYears = yearMin <= yearMax;
    const leftOutNotes = data.left_out ? 1 : 0;  // the first note says what the drawing leaves out

    const state = {
      scope: 0, size: Math.max(-1, metrics.findIndex((x) => x.key === data.size_by)),
      sectors: data.sectors.map(() => true), regions: data.regions.map(() => true), noRegion: true,
      types: data.tie_types.map(() => true), from: hasYears ? yearMin : 0, to: hasYears ? yearMax : 0,
      k: 0, selected: -1, depth: 1,
    };
    const visible = new Uint8Array(n), pairOn = new Uint8Array(P), pairWeight = new Float64Array(P);
    const core = new Int32Array(n), egoDepth = new Int8Array(n).fill(-1);
    let maxCore = 0, sizeOf = new Float64Array(n), drawn = { actors: 0, ties: 0 };

    // ---- the page's parts
    root.textContent = '';
    const search = el('input', { type: 'search', placeholder: W.search, 'aria-label': W.searchLabel, class: 'ex-q' });
    const results = el('ul', { class: 'ex-results', role: 'listbox' });
    const scopeSel = el('select', { class: 'ex-scope', 'aria-label': W.view }, ...scopes.map((s, i) => el('option', { value: i, text: s.name })));
    const sizeSel = el('select', { class: 'ex-size', 'aria-label': W.size }, el('option', { value: -1, text: W.none }),
      ...metrics.map((x, i) => el('option', { value: i, text: x.label, title: x.definition })));
    sizeSel.value = state.size;
    const depthSel = el('select', { class: 'ex-depth', 'aria-label': W.depthLabel }, ...[1, 2, 3].map((d) => el('option', { value: d, text: d })));
    const kRange = el('input', { type: 'range', min: 0, max: 0, value: 0, class: 'ex-k', 'aria-label': W.kcoreLabel });
    const kOut = el('output', { text: '0' });
    const fromRange = el('input', { type: 'range', min: yearMin, max: yearMax, value: yearMin, class: 'ex-from', 'aria-label': W.first });
    const toRange = el('input', { type: 'range', min: yearMin, max: yearMax, value: yearMax, class: 'ex-to', 'aria-label': W.last });
    const yearOut = el('output', { class: 'ex-years' });
    const play = el('button', { type: 'button', class: 'ex-play', text: W.replay, title: W.replayTitle });
    const svgButton = el('button', { type: 'button', class: 'ex-svg', text: 'SVG', title: W.svgTitle });
    const pngButton = el('button', { type: 'button', class: 'ex-png', text: 'PNG', title: W.pngTitle });
    const bar = el('div', { class: 'ex-bar' },
      el('div', { class: 'ex-search' }, search, results),
      el('label', {}, W.view, scopeSel), el('label', {}, W.size, sizeSel), el('label', {}, W.depth, depthSel),
      el('label', {}, W.kcore, kRange, kOut),
      hasYears ? el('label', {}, W.years, fromRange, toRange, yearOut, play) : null,
      el('span', {}, W.save, svgButton, ' ', pngButton));
    function checklist(title, cls, items, flags) {
      const set = el('fieldset', { class: cls }, el('legend', {}, title,
        el('button', { type: 'button', class: 'ex-all ex-link', text: W.all, onclick: () => { flags.fill(true); sync(set, flags); update(); } }),
        el('button', { type: 'button', class: 'ex-all ex-link', text: W.none, onclick: () => { flags.fill(false); sync(set, flags); update(); } })));
      items.forEach((item, i) => {
        const box = el('input', { type: 'checkbox', value: i });
        box.checked = flags[i];
        box.addEventListener('change', () => { flags[i] = box.checked; update(); });
        set.append(el('label', {}, box, item));
      });
      return set;
    }
    function sync(set, flags) { set.querySelectorAll('input').forEach((b, i) => { b.checked = flags[i]; }); }
    const sectorSet = checklist(W.sectors, 'ex-sectors', data.sectors.map((s) =>
      el('span', {}, el('span', { class: 'ex-glyph', style: 'color:' + s.color, text: s.glyph }), ' ' + s.label)), state.sectors);
    const regionFlags = state.regions.concat([state.noRegion]);
    const regionSet = data.regions.length ? checklist(W.regions, 'ex-regions',
      data.regions.map((r) => el('span', { text: r.name })).concat([el('span', { class: 'muted', text: W.noRegion })]), regionFlags) : null;
    const typeSet = checklist(W.tieTypes, 'ex-types', data.tie_types.map((t) =>
      el('span', {}, el('span', { class: 'ex-glyph', style: 'color:' + t.color, text: t.line === 'dotted' ? '┈' : t.line === 'dashed' ? '╌' : '━' }), ' ' + (W.types[t.id] || t.id))), state.types);
    const side = el('div', { class: 'ex-side' }, sectorSet, regionSet, typeSet,
      el('p', { class: 'ex-keys', text: W.keys }));
    const canvas = el('div', { class: 'ex-canvas' });
    const stage = el('div', { class: 'ex-stage', tabindex: 0, role: 'application', 'aria-label': W.stage }, canvas);
    const panel = el('aside', { class: 'ex-panel', 'aria-live': 'polite' }, el('p', { class: 'muted', text: W.hint }));
    const status = el('div', { class: 'ex-status', role: 'status' });
    root.append(bar, side, stage, panel, status);

    // ---- the graph sigma draws: every actor and pair once; filters only hide
    const graph = new graphology.UndirectedGraph();
    for (let i = 0; i < n; ++i)
      graph.addNode(i, { x: A.x[i], y: A.y[i], size: 3, label: A.name[i], color: data.sectors[A.sector[i]].color,
                         shape: SHAPES[data.sectors[A.sector[i]].shape] || 0 });
    for (let p = 0; p < P; ++p) graph.addEdgeWithKey(p, pairs[p][0], pairs[p][1], { size: 0.5, color: '#cfd4db' });

    // Beyond a few thousand pairs, ties are drawn as one-pixel lines, darker when heavier:
    // software WebGL (no GPU) spends most of a frame on the wide lines otherwise.
    const fastEdges = P > 5000;
    let renderer = null;
    // Labels never overlap: sigma offers one label per grid cell (the largest actor's
    // first); a label whose box meets one already drawn in this frame is skipped.
    let labelBoxes = [];
    function drawLabel(context, d, settings) {
      if (!d.label) return;
      context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
      const w = context.measureText(d.label).width, h = settings.labelSize;
      // The box of the text drawn at baseline y + h/3: CJK glyphs fill nearly the whole em.
      const base = d.y + h / 3;
      const box = { x0: d.x + d.size + 2, x1: d.x + d.size + 4 + w, y0: base - h - 1, y1: base + h * 0.3 + 1, node: d.key };
      for (const b of labelBoxes) if (box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1) return;
      labelBoxes.push(box);
      context.fillStyle = '#1d2330';
      context.fillText(d.label, d.x + d.size + 3, base);
    }
    function nodeReducer(node, attrs) {
      const i = +node;
      if (!visible[i]) return { ...attrs, hidden: true };
      const out = { ...attrs, size: sizeOf[i] };
      if (state.selected >= 0) {
        if (egoDepth[i] < 0) { out.color = DIM; out.label = ''; out.zIndex = 0; }
        else { out.zIndex = 1; if (egoDepth[i] <= 1) out.forceLabel = true; }
        if (i === state.selected) out.highlighted = true;
      }
      return out;
    }
    function edgeReducer(edge, attrs) {
      const p = +edge;
      if (!pairOn[p]) return { ...attrs, hidden: true };
      const heavy = Math.min(1, 0.35 * Math.log1p(pairWeight[p]));
      const out = { ...attrs, size: 0.3 + 2.5 * heavy };
      if (fastEdges) out.color = GREYS[Math.round(heavy * (GREYS.length - 1))];
      if (state.selected >= 0) {
        const [s, t] = pairs[p];
        if (egoDepth[s] < 0 || egoDepth[t] < 0) out.color = '#eef0f3';
        else out.color = '#6b7280';
      }
      return out;
    }

    // ---- what is drawn: scope, sectors, regions, tie types, years, then the k-core
    function inScope(i) {
      const s = scopes[state.scope];
      return s.id === '*' || A.region[i] === s.index;
    }
    function compute() {
      const narrowed = hasYears && (state.from > yearMin || state.to < yearMax);
      for (let i = 0; i < n; ++i) {
        const r = A.region[i];
        visible[i] = inScope(i) && state.sectors[A.sector[i]] && (r < 0 ? regionFlags[data.regions.length] : regionFlags[r]) ? 1 : 0;
      }
      pairOn.fill(0); pairWeight.fill(0);
      const touched = new Uint8Array(n);
      for (let e = 0; e < m; ++e) {
        const s = T.source[e], t = T.target[e];
        if (!visible[s] || !visible[t] || !state.types[T.type[e]]) continue;
        const y = T.year[e];
        if (y !== null && (y < state.from || y > state.to)) continue;
        const p = pairOf[e];
        pairOn[p] = 1; pairWeight[p] += T.weight[e];
        touched[s] = touched[t] = 1;
      }
      // A narrowed timeline shows an actor once it has a tie in the years (actors without
      // dated ties are always there): moving the last year replays the network's growth.
      if (narrowed) for (let i = 0; i < n; ++i) if (visible[i] && dated[i] && !touched[i]) visible[i] = 0;
      // Core numbers of the drawn graph (Batagelj–Zaversnik), then the k-core.
      const deg = new Int32Array(n), adj = [];
      for (let i = 0; i < n; ++i) adj.push([]);
      for (let p = 0; p < P; ++p) {
        if (!pairOn[p]) continue;
        const [s, t] = pairs[p];
        if (!visible[s] || !visible[t]) { pairOn[p] = 0; continue; }
        adj[s].push(t); adj[t].push(s); ++deg[s]; ++deg[t];
      }
      coreNumbers(deg, adj);
      maxCore = 0;
      for (let i = 0; i < n; ++i) if (visible[i]) maxCore = Math.max(maxCore, core[i]);
      if (state.k > maxCore) state.k = maxCore;
      if (state.k > 0) {
        for (let i = 0; i < n; ++i) if (core[i] < state.k) visible[i] = 0;
        for (let p = 0; p < P; ++p) if (pairOn[p] && (!visible[pairs[p][0]] || !visible[pairs[p][1]])) pairOn[p] = 0;
      }
      drawn = { actors: 0, ties: 0 };
      for (let i = 0; i < n; ++i) drawn.actors += visible[i];
      for (let p = 0; p < P; ++p) drawn.ties += pairOn[p];
      // Sizes: the metric's values of the view, square-root scaled between 2 and 14 pixels.
      const col = state.size >= 0 ? valuesOf(state.size) : null;
      let lo = Infinity, hi = -Infinity;
      if (col) for (let i = 0; i < n; ++i) if (visible[i] && typeof col[i] === 'number') { lo = Math.min(lo, col[i]); hi = Math.max(hi, col[i]); }
      for (let i = 0; i < n; ++i) {
        const v = col ? col[i] : null;
        sizeOf[i] = typeof v !== 'number' || !(hi > lo) ? 3 : 2.5 + 11.5 * Math.sqrt((v - lo) / (hi - lo));
      }
      computeEgo();
    }
    function coreNumbers(deg, adj) {
      let md = 0;
      for (let i = 0; i < n; ++i) { core[i] = 0; if (visible[i]) md = Math.max(md, deg[i]); }
      const bins = new Int32Array(md + 2), pos = new Int32Array(n), vert = [], d = Int32Array.from(deg);
      const ids = [];
      for (let i = 0; i < n; ++i) if (visible[i]) { ids.push(i); ++bins[d[i]]; }
      let start = 0;
      for (let k = 0; k <= md; ++k) { const c = bins[k]; bins[k] = start; start += c; }
      for (const i of ids) { pos[i] = bins[d[i]]; vert[pos[i]] = i; ++bins[d[i]]; }
      for (let k = md; k > 0; --k) bins[k] = bins[k - 1];
      bins[0] = 0;
      for (let j = 0; j < vert.length; ++j) {
        const v = vert[j];
        core[v] = d[v];
        for (const u of adj[v]) {
          if (d[u] > d[v]) {
            const du = d[u], pu = pos[u], pw = bins[du], w = vert[pw];
            if (u !== w) { pos[u] = pw; vert[pu] = w; pos[w] = pu; vert[pw] = u; }
            ++bins[du]; --d[u];
          }
        }
      }
    }
    function computeEgo() {
      egoDepth.fill(-1);
      if (state.selected < 0 || !visible[state.selected]) return;
      let frontier = [state.selected];
      egoDepth[state.selected] = 0;
      for (let depth = 1; depth <= state.depth && frontier.length; ++depth) {
        const next = [];
        for (const v of frontier)
          graph.forEachEdge(String(v), (edge, attrs, s, t) => {
            if (!pairOn[+edge]) return;
            const u = +s === v ? +t : +s;
            if (egoDepth[u] < 0 && visible[u]) { egoDepth[u] = depth; next.push(u); }
          });
        frontier = next;
      }
    }
    function valuesOf(k) {
      const scope = scopes[state.scope];
      return (scope.id === '*' ? data.values.network : data.values.region)[k];
    }

    function update(fit) {
      compute();
      kRange.max = maxCore; kRange.value = state.k; kOut.textContent = state.k;
      const year = (y) => (data.year_labels && data.year_labels[y]) || String(y);
      if (hasYears) yearOut.textContent = state.from === state.to ? year(state.from) : year(state.from) + '–' + year(state.to);
      const notes = (data.notes || []).map((t, k) => el('span', { class: k < leftOutNotes ? 'ex-note' : 'muted', text: ' · ' + t }));
      status.replaceChildren(el('span', { class: 'ex-count', 'data-actors': drawn.actors, 'data-ties': drawn.ties,
        text: W.drawn(number(drawn.actors), number(n), number(drawn.ties)) }),
        el('span', { class: 'muted', text: ' · ' + data.title + ' · ' + W.positions }), ...notes);
      if (state.selected >= 0 && !visible[state.selected]) state.selected = -1;
      showPanel();
      if (renderer) {
        if (fit) fitView();
        renderer.refresh();
      }
    }
    function fitView() {
      let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      for (let i = 0; i < n; ++i) if (visible[i]) { x0 = Math.min(x0, A.x[i]); x1 = Math.max(x1, A.x[i]); y0 = Math.min(y0, A.y[i]); y1 = Math.max(y1, A.y[i]); }
      if (x0 === Infinity) return;
      if (x1 - x0 < 1) { x0 -= 1; x1 += 1; }
      if (y1 - y0 < 1) { y0 -= 1; y1 += 1; }
      renderer.setCustomBBox({ x: [x0, x1], y: [y0, y1] });
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }

    // ---- the actor's panel: the values `ecosys metrics` prints, and its ego network
    function showPanel() {
      const i = state.selected;
      if (i < 0) {
        panel.replaceChildren(el('p', { class: 'muted', text: W.hint }));
        return;
      }
      const sector = data.sectors[A.sector[i]];
      const scope = scopes[state.scope];
      const table = el('table', { class: 'ex-metrics' });
      metrics.forEach((x, k) => {
        const v = valuesOf(k)[i];
        table.append(el('tr', { 'data-key': x.key }, el('td', { text: x.label, title: x.definition }),
          el('td', { class: 'v', 'data-value': v === null ? '' : String(v), text: shown(v) })));
      });
      const counts = [0, 0, 0, 0];
      for (let u = 0; u < n; ++u) if (egoDepth[u] > 0) ++counts[egoDepth[u]];
      const neighbours = [];
      graph.forEachEdge(String(i), (edge, attrs, s, t) => {
        if (!pairOn[+edge]) return;
        const u = +s === i ? +t : +s;
        if (visible[u]) neighbours.push([u, pairWeight[+edge]]);
      });
      neighbours.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const list = el('ol', { class: 'ex-neighbours' });
      for (const [u, w] of neighbours.slice(0, 15))
        list.append(el('li', {}, el('button', { type: 'button', class: 'ex-link', text: A.name[u], onclick: () => select(u, true) }),
          el('span', { class: 'muted', text: ' ' + shown(w) })));
      panel.replaceChildren(
        el('h3', { class: 'ex-name', text: A.name[i] }),
        el('div', { class: 'muted ex-id', text: A.id[i] }),
        el('p', {}, el('span', { class: 'ex-glyph', style: 'color:' + sector.color, text: sector.glyph }), ' ' + sector.label,
          A.region[i] >= 0 ? ' · ' + data.regions[A.region[i]].name : '', A.kind[i] ? ' · ' + A.kind[i] : '', A.role[i] ? ' · ' + A.role[i] : ''),
        el('div', { class: 'muted', text: scope.id === '*' ? W.onWhole : W.inside(scope.name) }),
        table,
        el('p', { class: 'ex-ego', 'data-depth1': counts[1], 'data-depth2': counts[2], 'data-depth3': counts[3],
          text: W.ego(state.depth, [1, 2, 3].filter((d) => d <= state.depth).map((d) => [counts[d], d])) }),
        neighbours.length ? el('div', {}, el('strong', { text: W.strongest }), list) : null);
    }
    function select(i, centre) {
      state.selected = i;
      computeEgo();
      showPanel();
      renderer.refresh();
      if (centre && i >= 0) {
        const d = renderer.getNodeDisplayData(String(i));
        if (d) renderer.getCamera().animate({ x: d.x, y: d.y }, { duration: 300 });
      }
    }

    // ---- search: id or name, Japanese too (NFKC folds full- and half-width forms)
    const haystack = A.id.map((id, i) => fold(id + '\u0000' + A.name[i]));
    function runSearch() {
      const q = fold(search.value.trim());
      results.replaceChildren();
      if (!q) return;
      let found = 0;
      for (let i = 0; i < n && found < 20; ++i) {
        if (!inScope(i) || haystack[i].indexOf(q) < 0) continue;
        ++found;
        const b = el('button', { type: 'button', role: 'option', 'data-index': i }, A.name[i], el('small', { text: '  ' + A.id[i] }));
        b.addEventListener('click', () => { pick(i); });
        b.addEventListener('keydown', (ev) => {
          if (ev.key === 'ArrowDown' && b.parentElement.nextSibling) { b.parentElement.nextSibling.firstChild.focus(); ev.preventDefault(); }
          if (ev.key === 'ArrowUp') { (b.parentElement.previousSibling ? b.parentElement.previousSibling.firstChild : search).focus(); ev.preventDefault(); }
          if (ev.key === 'Escape') { results.replaceChildren(); search.focus(); }
        });
        results.append(el('li', {}, b));
      }
      if (!found) results.append(el('li', { class: 'muted', text: W.noMatch }));
    }
    function pick(i) {
      results.replaceChildren();
      if (!visible[i]) {  // a filtered-out actor: clear the filters that hide it
        state.sectors[A.sector[i]] = true; sync(sectorSet, state.sectors);
        if (A.region[i] >= 0) regionFlags[A.region[i]] = true; else regionFlags[data.regions.length] = true;
        if (regionSet) sync(regionSet, regionFlags);
        state.k = 0; state.from = yearMin; state.to = yearMax; fromRange.value = yearMin; toRange.value = yearMax;
        update();
      }
      select(i, true);
    }
    search.addEventListener('input', runSearch);
    search.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') { const b = results.querySelector('button'); if (b) pick(+b.dataset.index); ev.preventDefault(); }
      if (ev.key === 'ArrowDown') { const b = results.querySelector('button'); if (b) { b.focus(); ev.preventDefault(); } }
      if (ev.key === 'Escape') { search.value = ''; results.replaceChildren(); }
    });

    // ---- controls
    scopeSel.addEventListener('change', () => { state.scope = +scopeSel.value; state.selected = -1; update(true); });
    sizeSel.addEventListener('change', () => { state.size = +sizeSel.value; update(); });
    depthSel.addEventListener('change', () => { state.depth = +depthSel.value; computeEgo(); showPanel(); renderer.refresh(); });
    let pending = 0;
    const soon = () => { if (!pending) pending = requestAnimationFrame(() => { pending = 0; update(); }); };
    kRange.addEventListener('input', () => { state.k = +kRange.value; soon(); });
    fromRange.addEventListener('input', () => { state.from = Math.min(+fromRange.value, state.to); fromRange.value = state.from; soon(); });
    toRange.addEventListener('input', () => { state.to = Math.max(+toRange.value, state.from); toRange.value = state.to; soon(); });
    let timer = 0;
    play.addEventListener('click', () => {
      if (timer) { clearInterval(timer); timer = 0; play.textContent = W.replay; return; }
      state.to = state.from; toRange.value = state.to; update();
      play.textContent = W.stop;
      timer = setInterval(() => {
        if (state.to >= yearMax) { clearInterval(timer); timer = 0; play.textContent = W.replay; return; }
        state.to += 1; toRange.value = state.to; update();
      }, 700);
    });
    const baseName = (data.title || 'network').replace(/[^\p{L}\p{N}_.-]+/gu, '-').slice(0, 60) || 'network';
    svgButton.addEventListener('click', () => download(baseName + '.svg', new Blob([svgText()], { type: 'image/svg+xml' })));
    pngButton.addEventListener('click', () => pngBlob().then((b) => download(baseName + '.png', b)));
    root.addEventListener('keydown', (ev) => {
      if (ev.target.tagName === 'INPUT' || ev.target.tagName === 'SELECT') return;
      const camera = renderer.getCamera();
      if (ev.key === '/') { search.focus(); ev.preventDefault(); }
      else if (ev.key === 'Escape') { select(-1); }
      else if (ev.key === '+' || ev.key === '=') camera.animatedZoom({ duration: 200 });
      else if (ev.key === '-') camera.animatedUnzoom({ duration: 200 });
      else if (ev.key === '0') camera.animatedReset({ duration: 200 });
      else if (ev.target === stage && ev.key.startsWith('Arrow')) {
        const s = camera.getState(), step = 0.1 * s.ratio;
        const dx = ev.key === 'ArrowLeft' ? -step : ev.key === 'ArrowRight' ? step : 0;
        const dy = ev.key === 'ArrowUp' ? step : ev.key === 'ArrowDown' ? -step : 0;
        camera.animate({ x: s.x + dx, y: s.y + dy }, { duration: 150 });
        ev.preventDefault();
      }
    });
    document.addEventListener('click', (ev) => {
      const a = ev.target.closest && ev.target.closest('[data-ex-scope]');
      if (!a) return;
      const k = scopes.findIndex((s) => s.id === a.getAttribute('data-ex-scope'));
      if (k >= 0) { scopeSel.value = k; state.scope = k; state.selected = -1; update(true); }
    });

    // ---- export: the view as the reader sees it, in viewport pixels
    function svgText() {
      const { width, height } = renderer.getDimensions();
      const at = (i) => renderer.graphToViewport({ x: A.x[i], y: A.y[i] });
      const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family='${FONT}'>`,
        `<title>${xmlText(data.title)}</title><rect width="100%" height="100%" fill="#fff"/>`, '<g class="ties">'];
      const inside = (q) => q.x >= -50 && q.y >= -50 && q.x <= width + 50 && q.y <= height + 50;
      for (let p = 0; p < P; ++p) {
        if (!pairOn[p]) continue;
        const a = at(pairs[p][0]), b = at(pairs[p][1]);
        if (!inside(a) && !inside(b)) continue;
        const attrs = edgeReducer(String(p), graph.getEdgeAttributes(String(p)));
        out.push(`<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${attrs.color}" stroke-width="${(attrs.size).toFixed(2)}"/>`);
      }
      out.push('</g><g class="actors">');
      const labelled = new Set(labelBoxes.map((b) => String(b.node)));
      const labels = [];
      for (let i = 0; i < n; ++i) {
        if (!visible[i]) continue;
        const q = at(i);
        if (!inside(q)) continue;
        const attrs = nodeReducer(String(i), graph.getNodeAttributes(String(i)));
        const r = renderer.scaleSize(attrs.size);
        out.push(`<g class="actor" data-id="${xmlText(A.id[i])}"><title>${xmlText(A.name[i])}</title>${shapeSvg(attrs.shape, q.x, q.y, r, attrs.color)}</g>`);
        if (labelled.has(String(i)) && attrs.label) labels.push(`<text x="${(q.x + r + 3).toFixed(1)}" y="${(q.y + 4).toFixed(1)}" font-size="12">${xmlText(attrs.label)}</text>`);
      }
      out.push('</g><g class="labels">', ...labels, '</g></svg>');
      return out.join('\n');
    }
    function shapeSvg(shape, x, y, r, color) {
      const poly = (k, turn) => {
        const pts = [];
        for (let j = 0; j < k; ++j) {
          const a = turn + Math.PI / k + 2 * Math.PI * j / k;  // vertices between the sides' normals
          pts.push((x + r * Math.cos(a)).toFixed(1) + ',' + (y - r * Math.sin(a)).toFixed(1));
        }
        return `<polygon points="${pts.join(' ')}" fill="${color}"/>`;
      };
      switch (shape) {
        case 1: return poly(4, 0);
        case 2: return poly(3, -Math.PI / 2);
        case 3: return poly(4, Math.PI / 4);
        case 4: return poly(3, Math.PI / 2);
        case 5: return poly(6, 0);
        case 6: return poly(5, -Math.PI / 2);
        case 7: {
          const pts = [];
          for (let j = 0; j < 10; ++j) {
            const a = Math.PI / 2 + Math.PI * j / 5, rr = j % 2 ? 0.45 * r : r;
            pts.push((x + rr * Math.cos(a)).toFixed(1) + ',' + (y - rr * Math.sin(a)).toFixed(1));
          }
          return `<polygon points="${pts.join(' ')}" fill="${color}"/>`;
        }
        case 8: return poly(8, 0);
        default: return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}" fill="${color}"/>`;
      }
    }
    function pngBlob() {
      const text = svgText();
      const { width, height } = renderer.getDimensions();
      return new Promise((resolve, reject) => {
        const img = new Image();
        img.onload = () => {
          const c = document.createElement('canvas');
          const scale = window.devicePixelRatio || 1;
          c.width = width * scale; c.height = height * scale;
          const g = c.getContext('2d');
          g.scale(scale, scale);
          g.drawImage(img, 0, 0);
          c.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png');
        };
        img.onerror = () => reject(new Error('the view could not be drawn as PNG'));
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(text);
      });
    }

    update();
    renderer = new Sigma.Sigma(graph, canvas, {
      nodeProgramClasses: { circle: ShapeProgram }, defaultNodeType: 'circle',
      edgeProgramClasses: { line: fastEdges ? Sigma.rendering.EdgeLineProgram : Sigma.rendering.EdgeRectangleProgram },
      nodeReducer, edgeReducer, zIndex: true, labelFont: FONT, labelSize: 12, labelDensity: 0.5,
      labelGridCellSize: 100, labelRenderedSizeThreshold: 6, defaultDrawNodeLabel: drawLabel, hideEdgesOnMove: m > 50000, minCameraRatio: 0.01, maxCameraRatio: 10,
    });
    renderer.on('beforeRender', () => { labelBoxes = []; });
    renderer.on('clickNode', ({ node }) => select(+node, false));
    renderer.on('clickStage', () => select(-1));
    fitView();
    renderer.refresh();
    const api = {
      state, data, drawn: () => ({ ...drawn }), svgText, pngBlob, select: (id) => { const i = id == null ? -1 : A.id.indexOf(id); if (i < 0) select(-1); else pick(i); },
      // Where an actor is on the page (CSS pixels), for tests that click it.
      position(id) {
        const i = A.id.indexOf(id), q = renderer.graphToViewport({ x: A.x[i], y: A.y[i] }), box = stage.getBoundingClientRect();
        return { x: box.left + q.x, y: box.top + q.y, visible: !!visible[i] };
      },
      coreOf: (id) => core[A.id.indexOf(id)],
      labels: () => labelBoxes.map((b) => ({ ...b })),
      renderer,
    };
    (window.ecosysExplorers = window.ecosysExplorers || {})[data.id] = api;
    root.dataset.ready = '1';
  }

  document.querySelectorAll('.ex[data-explorer]').forEach((root) => {
    try {
      explorer(root);
    } catch (e) {
      root.textContent = (WORDS[document.documentElement.lang] || WORDS.en).failed + e.message;
      throw e;
    }
  });
})();
