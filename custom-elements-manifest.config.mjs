// custom-elements.json for @banklet/elements: read by editors, React wrappers and docs/.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts', 'packages/elements/src/**/testing/**', 'packages/elements/src/cdn/**'],
  outdir: 'packages/elements',
  litelement: true,
  dependencies: false,
};
