// A V8 CPU profile (from a trace) summarised for people: over chosen time ranges, the functions
// with the most self time and a pruned call tree, minified names mapped back to src/.

/**
 * Samples inside the [from, to) ranges: self time per function (top list) and a call tree of
 * inclusive times, both in ms, with minified names turned back into src/ functions.
 */
export function profileWindow(profile, ranges, mapSource) {
  const label = labeller(profile.nodes, mapSource);
  const self = new Map();
  const tree = { name: '(all)', ms: 0, children: new Map() };
  const samples = [...profile.samples].sort((a, b) => a.ts - b.ts);
  for (let i = 0; i < samples.length - 1; i++) {
    const s = samples[i];
    if (!ranges.some(([from, to]) => s.ts >= from && s.ts < to)) continue;
    const dt = (samples[i + 1].ts - s.ts) / 1000;
    const stack = [];
    for (let n = profile.nodes.get(s.id); n; n = profile.nodes.get(n.parent)) stack.unshift(label(n));
    const frames = stack.filter((f) => f !== '(root)');
    const leaf = frames[frames.length - 1] ?? '(idle)';
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    tree.ms += dt;
    let node = tree;
    for (const f of frames) {
      if (!node.children.has(f)) node.children.set(f, { name: f, ms: 0, children: new Map() });
      node = node.children.get(f);
      node.ms += dt;
    }
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([name, t]) => ({ name, ms: +t.toFixed(1) }));
  return { totalMs: +tree.ms.toFixed(1), selfTop: top, tree: prune(tree, Math.max(1, tree.ms * 0.02)) };
}

function labeller(nodes, mapSource) {
  const cache = new Map();
  return (node) => {
    if (cache.has(node.id)) return cache.get(node.id);
    const f = node.callFrame;
    const where = mapSource(f.url, f.lineNumber, f.columnNumber);
    let name = f.functionName || '(anonymous)';
    if (where) {
      const original = where.name && where.name !== name ? `${where.name}` : name;
      name = where.source.startsWith('src/') ? `${original} (${where.source}:${where.line})` : `${original} [${where.source}]`;
    }
    cache.set(node.id, name);
    return name;
  };
}

/** Keeps the children above `min` ms, biggest first. */
function prune(node, min) {
  const kids = [...node.children.values()].filter((c) => c.ms >= min).sort((a, b) => b.ms - a.ms);
  const out = { name: node.name, ms: +node.ms.toFixed(1) };
  if (kids.length) out.children = kids.map((k) => prune(k, min));
  return out;
}

/** The call tree as indented text lines, for the report. */
export function treeLines(node, depth = 0, lines = []) {
  lines.push(`${'  '.repeat(depth)}${node.ms.toFixed(1).padStart(7)} ms  ${node.name}`);
  for (const c of node.children ?? []) treeLines(c, depth + 1, lines);
  return lines;
}
