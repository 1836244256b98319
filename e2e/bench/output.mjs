// Where a bench run goes: e2e/.output/bench.json (everything), the fill breakdown as text, and the
// table either into README.md between the bench markers or, with --no-readme, into
// e2e/.output/bench-table.md (so a trial run never touches the README).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { treeLines } from './profileSummary.mjs';

export function writeResults(outDir, results) {
  writeFileSync(join(outDir, 'bench.json'), JSON.stringify(results, null, 2));
  if (results.fill) writeFileSync(join(outDir, 'fill-breakdown.md'), renderBreakdown(results.fill));
  if (results.saveCost) writeFileSync(join(outDir, 'save-breakdown.md'), renderSaveProfiles(results.saveCost));
}

export function writeTable(root, outDir, table, { readme }) {
  if (!readme) {
    const path = join(outDir, 'bench-table.md');
    writeFileSync(path, `${table}\n`);
    console.log(`[bench] table written to ${path} (README.md untouched)`);
    return;
  }
  const path = join(root, 'README.md');
  const text = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    console.warn('[bench] README has no bench markers; table not written there.');
    return;
  }
  writeFileSync(path, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
  console.log('[bench] README performance table updated.');
}

/** One traced tap per scenario: its timeline, then the functions the main thread ran. */
export function renderBreakdown(fill) {
  const out = ['# Where a tap-to-fill spends its time (one traced tap per scenario, DPR 2)', ''];
  for (const [name, s] of Object.entries(fill)) {
    const { timeline, profiles } = s.breakdown;
    out.push(`## ${name}`, '', '```json', JSON.stringify(timeline, null, 2), '```', '');
    for (const [window, p] of Object.entries(profiles ?? {})) {
      out.push(`### ${window}: ${p.totalMs} ms sampled`, '', 'Self time, top functions:', '');
      for (const f of p.selfTop) out.push(`- ${f.ms} ms  ${f.name}`);
      out.push('', 'Call tree (inclusive ms, branches under 2 % left out):', '', '```', ...treeLines(p.tree), '```', '');
    }
  }
  return out.join('\n');
}

/** One profiled save per picture size: which functions the save's main-thread tasks ran. */
export function renderSaveProfiles(rows) {
  const out = ['# What a save runs on the main thread (one profiled save per picture size)', ''];
  for (const row of rows) {
    if (!row.profile) continue;
    out.push(`## ${row.strokes} strokes: ${row.profile.totalMs} ms sampled`, '', 'Self time, top functions:', '');
    for (const f of row.profile.selfTop) out.push(`- ${f.ms} ms  ${f.name}`);
    out.push('', 'Call tree (inclusive ms, branches under 2 % left out):', '', '```', ...treeLines(row.profile.tree), '```', '');
  }
  return out.join('\n');
}
