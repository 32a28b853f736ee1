import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { publicTags, renderContract, renderElements, renderTokens } from './docs.js';

// Analyze the sources afresh (into a temp dir), so the check does not depend on a prior build.
// The analyzer resolves outdir against the working directory, so pass it relative.
const outdir = relative(process.cwd(), mkdtempSync(join(tmpdir(), 'banklet-cem-')));
execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
  stdio: 'pipe',
  env: { ...process.env, CEM_OUTDIR: outdir },
});
const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
const tags = publicTags(manifest);

test('every public tag has a tag name, a summary, and documented attributes, events, slots, parts and CSS properties', () => {
  assert.ok(tags.length >= 5, `expected the primitives at least, found ${tags.map((t) => t.tagName).join(', ')}`);
  const missing: string[] = [];
  for (const d of tags) {
    assert.match(d.tagName!, /^banklet-[a-z-]+$/);
    if (!d.summary) missing.push(`<${d.tagName}> summary`);
    for (const a of d.attributes ?? []) if (!a.description) missing.push(`<${d.tagName}> attribute ${a.name}`);
    for (const e of d.events ?? []) if (!e.description) missing.push(`<${d.tagName}> event ${e.name}`);
    for (const s of d.slots ?? []) if (!s.description) missing.push(`<${d.tagName}> slot ${s.name || '(default)'}`);
    for (const p of d.cssParts ?? []) if (!p.description) missing.push(`<${d.tagName}> part ${p.name}`);
    for (const p of d.cssProperties ?? []) if (!p.description) missing.push(`<${d.tagName}> CSS property ${p.name}`);
    for (const m of d.members ?? []) {
      if (m.kind === 'field' && !m.static && !m.privacy && !m.description) missing.push(`<${d.tagName}> property ${m.name}`);
    }
  }
  assert.deepEqual(missing, [], `undocumented: ${missing.join('; ')}`);
});

test('every part named in a template is documented with @csspart', () => {
  const undocumented: string[] = [];
  for (const d of tags) {
    const module = manifest.modules.find((m: { declarations?: { name: string }[] }) => m.declarations?.some((x) => x.name === d.name));
    const source = readFileSync(module.path, 'utf8');
    for (const [, name] of source.matchAll(/part="([a-z-]+)"/g)) {
      if (!(d.cssParts ?? []).some((p) => p.name === name)) undocumented.push(`<${d.tagName}> part ${name}`);
    }
  }
  assert.deepEqual(undocumented, []);
});

test('docs/reference is up to date with the sources (run `npm run docs`)', () => {
  assert.equal(readFileSync('docs/reference/elements.md', 'utf8'), renderElements(tags));
  assert.equal(readFileSync('docs/reference/tokens.md', 'utf8'), renderTokens());
  assert.equal(readFileSync('docs/reference/api.md', 'utf8'), renderContract());
});

test('docs/reference/sdk (TypeDoc of @banklet/sdk and @banklet/bridge) is up to date (run `npm run docs`)', () => {
  const out = mkdtempSync(join(tmpdir(), 'banklet-typedoc-'));
  execFileSync(process.execPath, ['node_modules/typedoc/bin/typedoc', '--out', out], { stdio: 'pipe' });
  const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
  assert.deepEqual(files('docs/reference/sdk'), files(out));
  for (const file of files(out)) assert.equal(readFileSync(join('docs/reference/sdk', file), 'utf8'), readFileSync(join(out, file), 'utf8'), file);
});
