// Small SVG charts for the demo dashboard, built with DOM calls (no HTML strings, so they run
// under Trusted Types) at the container's real pixel width, so text stays crisp and readable on
// a phone. Every bar carries its number in `data-value`, and every chart has a text alternative.

const SVG = 'http://www.w3.org/2000/svg';

function node(name, attributes = {}, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Horizontal bars in groups: one row of bars per group (a funnel step, an A/B arm), one bar per
 * series (a channel, a metric), each scaled to `max`. A group's label sits above its bars, so long
 * labels (experiment ids) never collide with them, at any width.
 *
 *   groups: [{ label, bars: [{ series, value, text }] }]
 *   series: [{ key, label, color }]
 */
export function groupedBars({ groups, series, max, width, title }) {
  const labelHeight = 18;
  const barHeight = 16;
  const barGap = 4;
  const groupGap = 12;
  // Room on the right for the value text ("100.0% (123/456)").
  const plot = Math.max(60, width - 120);
  const colors = new Map(series.map((s) => [s.key, s.color]));
  const names = new Map(series.map((s) => [s.key, s.label]));

  let y = 0;
  const svg = node('svg', { role: 'img', width, class: 'chart' });
  svg.append(node('title', {}, title));
  const summary = [];
  for (const group of groups) {
    svg.append(node('text', { x: 0, y: y + 13, class: 'label' }, group.label));
    y += labelHeight;
    for (const bar of group.bars) {
      const length = max > 0 ? Math.max(bar.value > 0 ? 2 : 0, (Math.min(bar.value, max) / max) * plot) : 0;
      svg.append(node('rect', { x: 0, y, width: plot, height: barHeight, rx: 3, class: 'track' }));
      const rect = node('rect', { x: 0, y, width: length, height: barHeight, rx: 3, fill: colors.get(bar.series), 'data-value': bar.value, 'data-series': bar.series });
      rect.append(node('title', {}, `${group.label} · ${names.get(bar.series)}: ${bar.text}`));
      svg.append(rect);
      svg.append(node('text', { x: plot + 6, y: y + barHeight / 2, 'dominant-baseline': 'central', class: 'value' }, bar.text));
      summary.push(`${group.label} ${names.get(bar.series)} ${bar.text}`);
      y += barHeight + barGap;
    }
    y += groupGap - barGap;
  }
  const height = Math.max(y - groupGap + 2, 24);
  svg.setAttribute('height', height);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('aria-label', `${title}: ${summary.join('; ')}`);
  return svg;
}

/** One bar split into parts (outcomes): `parts: [{ key, label, value, color }]`. */
export function stackedBar({ parts, width, title }) {
  const height = 28;
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  const svg = node('svg', { role: 'img', width, height, viewBox: `0 0 ${width} ${height}`, class: 'chart' });
  svg.append(node('title', {}, title));
  svg.append(node('rect', { x: 0, y: 0, width, height, rx: 4, class: 'track' }));
  let x = 0;
  for (const part of parts) {
    const length = total > 0 ? (part.value / total) * width : 0;
    const rect = node('rect', { x, y: 0, width: length, height, fill: part.color, 'data-value': part.value, 'data-series': part.key });
    rect.append(node('title', {}, `${part.label}: ${part.value}`));
    svg.append(rect);
    x += length;
  }
  svg.setAttribute('aria-label', `${title}: ${parts.map((p) => `${p.label} ${p.value}`).join(', ')}`);
  return svg;
}

/** A legend as an HTML list; swatch colours go through the CSSOM (no inline style attributes). */
export function legend(series) {
  const list = document.createElement('ul');
  list.className = 'legend';
  for (const { label, color } of series) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    item.append(swatch, label);
    list.append(item);
  }
  return list;
}

/** The same numbers as a table, for screen readers and for copying. */
export function dataTable(caption, head, rows) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = '数据表 Data table';
  const table = document.createElement('table');
  table.createCaption().textContent = caption;
  const headRow = table.createTHead().insertRow();
  for (const cell of head) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = cell;
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = String(cell);
  }
  details.append(summary, table);
  return details;
}
