// The in-page half of the bench (bench/lib/timings.mjs drives it). Each function runs once, in a
// fresh page of a fresh browser context (cold HTTP and code caches) under 4x CPU throttling, and
// reports milliseconds read from this page's own clock, `performance.now()`:
//
// - "eval": from just before `import(url)` (or appending a classic <script>) to the promise
//   resolving (or the script's load event). That is fetching over loopback, parsing, compiling,
//   linking and running the module graph's top level, custom element definitions included.
// - "render": from the same starting instant to the first frame produced after the subject is on
//   screen: a Banklet widget's `banklet-ready` (it has painted its sandbox data), or a carousel
//   library's slides built and initialised. "Produced" is a requestAnimationFrame callback then a
//   task queued from it, which runs once that frame's style, layout and paint are done.
// - Long tasks come from the Long Tasks API; total blocking time is the sum of each long task's
//   time beyond 50 ms, over the measured window only.

const longTasks = [];
const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()));
observer.observe({ type: 'longtask', buffered: true });

/** Longest task and total blocking time between two instants of `performance.now()`. */
function blocking(from, to) {
  longTasks.push(...observer.takeRecords());
  let longestTask = 0;
  let blockingTime = 0;
  for (const task of longTasks) {
    if (task.startTime + task.duration < from || task.startTime > to) continue;
    longestTask = Math.max(longestTask, task.duration);
    blockingTime += task.duration - 50;
  }
  return { longestTask, blockingTime };
}

/**
 * Milliseconds between two instants during which at least one request to the sandbox API was in
 * flight (Resource Timing, overlapping requests counted once): the part of a render spent waiting.
 */
function apiTime(from, to) {
  const spans = performance.getEntriesByType('resource')
    .filter((r) => new URL(r.name).pathname.startsWith('/v1/') && r.startTime < to && r.responseEnd > from)
    .map((r) => [Math.max(r.startTime, from), Math.min(r.responseEnd, to)])
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reached = from;
  for (const [start, end] of spans) {
    if (end > reached) total += end - Math.max(start, reached);
    reached = Math.max(reached, end);
  }
  return total;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function until(check, what, timeout = 30_000) {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function loadClassic(url) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.append(script);
  });
}

function loadStylesheet(url) {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url;
    link.onload = resolve;
    link.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.append(link);
  });
}

/**
 * Creates a Banklet widget configured against the sandbox and resolves when it has fired
 * `banklet-ready`; a `banklet-error` before that fails the run (a widget showing an error state
 * would otherwise count as a fast render).
 */
async function placeWidget({ entry, tag, attributes = {}, properties = {}, baseUrl, token }) {
  const module = await import(entry);
  const evaluated = performance.now();
  module.configure({ baseUrl, fetchToken: async () => token });
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  const ready = new Promise((resolve, reject) => {
    el.addEventListener('banklet-ready', resolve, { once: true });
    el.addEventListener('banklet-error', (event) => reject(new Error(`${tag}: banklet-error ${JSON.stringify(event.detail)}`)), { once: true });
    setTimeout(() => reject(new Error(`${tag}: no banklet-ready in 30 s`)), 30_000);
  });
  document.body.append(el);
  await ready;
  return { el, evaluated };
}

/** The offer slide the carousel libraries show, as close to Banklet's as plain markup gets. */
function offerSlide(i, image) {
  return `<article style="box-sizing:border-box;padding:16px;border-radius:12px;background:#f4f1ea;height:220px">
    <img src="${image}" alt="" width="96" height="96" />
    <h3 style="margin:8px 0 4px">Offer ${i + 1}: 10% cashback at supermarkets</h3>
    <p style="margin:0 0 8px">Up to ¥50 a month, credited on next statement.</p>
    <button type="button">Claim</button></article>`;
}

/** Builds `count` slides in each carousel library, the way its docs do. */
const CAROUSELS = {
  async swiper({ url, count, image }) {
    await import(url);
    const el = document.createElement('swiper-container');
    el.setAttribute('slides-per-view', '1.15');
    el.setAttribute('space-between', '12');
    el.setAttribute('pagination', 'true');
    for (let i = 0; i < count; i += 1) {
      const slide = document.createElement('swiper-slide');
      slide.innerHTML = offerSlide(i, image);
      el.append(slide);
    }
    document.body.append(el);
    await until(() => el.swiper?.initialized, 'swiper to initialise');
    return el.querySelectorAll('swiper-slide').length;
  },
  async embla({ url, count, image }) {
    const { mount } = await import(url);
    const viewport = document.createElement('div');
    viewport.style.overflow = 'hidden';
    const container = document.createElement('div');
    container.style.display = 'flex';
    container.style.gap = '12px';
    for (let i = 0; i < count; i += 1) {
      const slide = document.createElement('div');
      slide.style.flex = '0 0 85%';
      slide.style.minWidth = '0';
      slide.innerHTML = offerSlide(i, image);
      container.append(slide);
    }
    viewport.append(container);
    document.body.append(viewport);
    const embla = mount(viewport, { align: 'start' });
    return embla.slideNodes().length;
  },
  async shoelace({ url, cssUrl, count, image }) {
    await Promise.all([loadStylesheet(cssUrl), import(url)]);
    const el = document.createElement('sl-carousel');
    el.setAttribute('navigation', '');
    el.setAttribute('pagination', '');
    for (let i = 0; i < count; i += 1) {
      const slide = document.createElement('sl-carousel-item');
      slide.innerHTML = offerSlide(i, image);
      el.append(slide);
    }
    document.body.append(el);
    await el.updateComplete;
    return el.querySelectorAll('sl-carousel-item').length;
  },
  async banklet({ count, ...widget }) {
    const { el } = await placeWidget({ tag: 'banklet-offer-carousel', attributes: { placement: 'home' }, ...widget });
    const slides = el.shadowRoot.querySelectorAll('.slide[data-offer]').length;
    if (slides !== count) throw new Error(`banklet-offer-carousel rendered ${slides} slides, expected ${count}`);
    return slides;
  },
};

window.bench = {
  /** Script evaluation of one bundle on a page that loads nothing else. */
  async evaluate({ url, classic = false }) {
    const start = performance.now();
    if (classic) await loadClassic(url);
    else await import(url);
    const end = performance.now();
    return { eval: end - start, ...blocking(start, end) };
  },

  /** Script start to the first frame with a Banklet widget showing its sandbox data. */
  async widget(options) {
    const start = performance.now();
    const { evaluated } = await placeWidget(options);
    await nextFrame();
    const end = performance.now();
    return { eval: evaluated - start, render: end - start, api: apiTime(start, end), ...blocking(start, end) };
  },

  /** Script start to the first frame with `count` slides in one carousel library. */
  async carousel({ library, ...options }) {
    const start = performance.now();
    const slides = await CAROUSELS[library](options);
    await nextFrame();
    const end = performance.now();
    if (slides !== options.count) throw new Error(`${library} built ${slides} slides, expected ${options.count}`);
    return { render: end - start, ...blocking(start, end) };
  },

  /**
   * The wallet's history scrolled downwards at `speed` pixels per second for `seconds`, one step per
   * frame, as a sustained fast flick: rows never rendered before keep entering the viewport and the
   * next page is fetched ahead. Long tasks are counted over the scrolling only.
   */
  async ledger({ seconds, speed, ...widget }) {
    const { el } = await placeWidget({ tag: 'banklet-rewards-wallet', attributes: { view: 'ledger' }, ...widget });
    const root = el.shadowRoot;
    await until(() => root.querySelector('[part="ledger-entry"]'), 'the first ledger rows');
    const scroller = root.querySelector('[part="ledger"]');
    const start = performance.now();
    let frames = 0;
    let last = start;
    let target = 0;
    while (last - start < seconds * 1000) {
      const now = await new Promise((resolve) => requestAnimationFrame(resolve));
      target += (speed * (now - last)) / 1000;
      last = now;
      scroller.scrollTop = target;
      frames += 1;
    }
    await nextFrame();
    const end = performance.now();
    // How far the fling got. `history` is the wallet's internal ledger controller (its sandbox test
    // reads it too); the bench only reports the figure, so a rename costs a blank, not a failure.
    const loaded = el.history?.model?.entries?.length;
    return { ...blocking(start, end), seconds: (end - start) / 1000, frames, loaded, scrolled: scroller.scrollTop, behind: target - scroller.scrollTop };
  },
};
