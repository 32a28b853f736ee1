// The closure and byte-counting functions `npm run size` uses (scripts/lib/sizes.mjs), so the
// bench measures Banklet (and the anchors' split builds) exactly as the size check does.
export { brotli, closureOf, gzip, measure, staticImports } from '../../scripts/lib/sizes.mjs';
