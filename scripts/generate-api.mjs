#!/usr/bin/env node
// `npm run generate:api`: turns the OpenAPI contract (contract/banklet.openapi.yaml) into the SDK's
// TypeScript types (packages/sdk/src/generated/openapi.ts) with openapi-typescript's Node API.
//   --check      write nothing; exit 1 when the committed file differs from a fresh generation
//                (the Node test suite runs this so the types can never drift from the contract).
//   --out <file> write (or check) another file instead, e.g. from a test.
// The output depends only on the contract and the pinned generator, so it is byte-for-byte
// deterministic: no timestamps, no absolute paths, a fixed line ending.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contractPath = resolve(root, 'contract/banklet.openapi.yaml');
const outIndex = process.argv.indexOf('--out');
const outputPath = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : resolve(root, 'packages/sdk/src/generated/openapi.ts');
const display = (path) => (path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path);

const HEADER = `/**
 * Banklet HTTP API types — generated, do not edit.
 * Source: contract/banklet.openapi.yaml. Regenerate with \`npm run generate:api\`;
 * a Node test fails when this file and the contract disagree.
 */
/* eslint-disable */
`;

export async function generate() {
  // Parsing the YAML ourselves (rather than handing openapi-typescript a file URL) keeps the
  // output free of machine-specific paths and lets us fail early on a YAML syntax error.
  const document = parse(readFileSync(contractPath, 'utf8'));
  const ast = await openapiTS(document, {
    // Keep the document's order so a diff of the generated file reads like a diff of the contract.
    alphabetize: false,
    // The contract has no additionalProperties on responses; do not invent index signatures.
    additionalProperties: false,
    // `default:` values (e.g. limit 20) make a field optional for callers, not required.
    defaultNonNullable: false,
    silent: true,
  });
  const body = astToString(ast).replace(/\r\n/g, '\n');
  return `${HEADER}\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

async function main() {
  const check = process.argv.includes('--check');
  const fresh = await generate();
  const current = existsSync(outputPath) ? readFileSync(outputPath, 'utf8') : undefined;
  if (check) {
    if (current !== fresh) {
      console.error(
        `✖ ${display(outputPath)} is out of date with contract/banklet.openapi.yaml — run \`npm run generate:api\`.`,
      );
      process.exit(1);
    }
    console.log('✔ generated API types match the contract');
    return;
  }
  mkdirSync(dirname(outputPath), { recursive: true });
  if (current !== fresh) writeFileSync(outputPath, fresh);
  console.log(`${current === fresh ? 'unchanged' : 'wrote'} ${display(outputPath)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
