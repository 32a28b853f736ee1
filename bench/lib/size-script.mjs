// The closure and byte-counting functions of scripts/size.mjs, so the bench measures Banklet (and
// the anchors' split builds) exactly as `npm run size` does, from one definition.
//
// size.mjs is a script: it measures and prints as soon as it is imported, and exports nothing. Until
// it exports its helpers, this module lifts the named top-level declarations out of its source (with
// acorn, so the rest of the script may change freely) together with the node: imports they use, and
// evaluates only those. A renamed helper fails here loudly, as a broken import would.
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';

const SCRIPT = new URL('../../scripts/size.mjs', import.meta.url);
/** What the bench needs, and the helpers those call. */
const NAMES = ['gzip', 'brotli', 'staticImports', 'closureOf', 'measure'];

const source = readFileSync(SCRIPT, 'utf8');
const program = parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
const declared = (node) =>
  node.type === 'FunctionDeclaration' ? [node.id.name]
    : node.type === 'VariableDeclaration' ? node.declarations.map((d) => d.id.name)
      : [];
const kept = program.body.filter((node) =>
  (node.type === 'ImportDeclaration' && node.source.value.startsWith('node:')) || declared(node).some((name) => NAMES.includes(name)));
const missing = NAMES.filter((name) => !kept.some((node) => declared(node).includes(name)));
if (missing.length > 0) throw new Error(`scripts/size.mjs no longer declares ${missing.join(', ')}: update bench/lib/size-script.mjs`);

const lifted = `${kept.map((node) => source.slice(node.start, node.end)).join('\n')}\nexport { ${NAMES.join(', ')} };\n`;
const module = await import(`data:text/javascript;base64,${Buffer.from(lifted).toString('base64')}`);

/** gzip -9 bytes of a buffer. */
export const gzip = module.gzip;
/** Brotli (quality 11) bytes of a buffer. */
export const brotli = module.brotli;
/** The set of files a page downloads before `file` runs: the file and its static imports, transitively. */
export const closureOf = (file) => module.closureOf(file);
/** `{ min, gz, br }` summed over files, each compressed alone (as HTTP serves them). */
export const measure = module.measure;
