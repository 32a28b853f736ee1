/**
 * Memory-leak check (test-only), after Spectrum's habit: mount and unmount an element many times
 * and require the JS heap, after forced collections, to end where it started (within a margin
 * for allocator noise). Needs Chromium's --js-flags=--expose-gc and --enable-precise-memory-info
 * (scripts/lib/chromium.js sets both).
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

type HeapWindow = Window & { gc?: () => void };
const heap = (): number => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

async function collect(): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    (window as HeapWindow).gc!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return heap();
}

export function itDoesNotLeak(template: () => TemplateResult, { cycles = 150, maxGrowthBytes = 256 * 1024 } = {}): void {
  it(`does not leak memory over ${cycles} mount/unmount cycles`, async function () {
    this.timeout(30_000);
    expect((window as HeapWindow).gc, 'Chromium must run with --js-flags=--expose-gc').to.be.a('function');
    const host = document.createElement('div');
    document.body.append(host);
    const cycle = async () => {
      render(template(), host);
      const element = host.firstElementChild as (Element & { updateComplete?: Promise<unknown> }) | null;
      await element?.updateComplete;
      render(html0, host);
    };
    // Warm up: first renders fill caches (templates, catalogues, styles) that are meant to stay.
    for (let i = 0; i < 20; i += 1) await cycle();
    const before = await collect();
    for (let i = 0; i < cycles; i += 1) await cycle();
    const after = await collect();
    host.remove();
    fixtureCleanup();
    expect(after - before, `heap grew by ${after - before} bytes`).to.be.lessThan(maxGrowthBytes);
  });
}

const html0 = '';
