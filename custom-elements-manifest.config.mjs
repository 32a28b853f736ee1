// custom-elements.json for @banklet/elements: read by editors, React wrappers and docs/.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts', 'packages/elements/src/**/testing/**', 'packages/elements/src/cdn/**'],
  // CEM_OUTDIR lets the docs test analyze into a temp dir without touching the package.
  outdir: process.env.CEM_OUTDIR ?? 'packages/elements',
  litelement: true,
  // The package's customElements field is maintained by hand (packages/elements/package.json).
  packagejson: false,
  dependencies: false,
};
