// Minimal glob over the repository for script use (Node 20 has no fs.glob): supports `*` within a
// path segment and `**` for any depth, which is all our test and build patterns need.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

function toRegExp(pattern) {
  let source = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '*' && pattern[i + 1] === '*') {
      source += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else source += char.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

export function globSync(patterns, cwd = process.cwd()) {
  const matchers = patterns.map(toRegExp);
  return walk(cwd, [])
    .map((file) => relative(cwd, file).split(sep).join('/'))
    .filter((file) => matchers.some((m) => m.test(file)))
    .sort();
}
