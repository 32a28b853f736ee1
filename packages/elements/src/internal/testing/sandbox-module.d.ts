/** Served by scripts/lib/wtr-sandbox-plugin.js during browser tests. */
declare module '/__banklet-sandbox.js' {
  export const SANDBOX_URL: string;
}
