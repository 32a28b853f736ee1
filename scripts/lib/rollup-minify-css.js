// Minifies the CSS inside Lit `css` tagged templates, which terser leaves untouched (it cannot
// know a template is CSS). Line breaks are kept, so source maps stay valid (rollup keeps the
// previous map when a transform returns `map: null` and does not move code across lines).
const TEMPLATE = /\bcss`((?:[^`\\]|\\.)*)`/g;

export function minifyCssTemplate(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/[ \t]*\n[\s]*/g, (run) => '\n'.repeat(run.split('\n').length - 1))
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':');
}

export function minifyCss() {
  return {
    name: 'banklet-minify-css',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(TEMPLATE, (_, body) => `css\`${minifyCssTemplate(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
