/**
 * Hostile strings for every server-provided text field (test-only). Each payload, if it were
 * ever parsed as HTML or script, would call `window.__xss(n)`; tests assert it never runs.
 * Drawn from the usual families: tag injection, attribute breakouts, event handlers, URL
 * schemes, SVG/MathML, template and CSS tricks, encoding variants.
 */
const call = (n: number) => `__xss(${n})`;

export const XSS_PAYLOADS: string[] = [
  `<script>${call(1)}</script>`,
  `<img src=x onerror=${call(2)}>`,
  `<svg onload=${call(3)}>`,
  `"><script>${call(4)}</script>`,
  `'><img src=x onerror=${call(5)}>`,
  `<body onload=${call(6)}>`,
  `<iframe src="javascript:${call(7)}"></iframe>`,
  `javascript:${call(8)}`,
  `JaVaScRiPt:${call(9)}`,
  `java\tscript:${call(10)}`,
  `data:text/html,<script>${call(11)}</script>`,
  `<a href="javascript:${call(12)}">x</a>`,
  `<details open ontoggle=${call(13)}>`,
  `<video><source onerror=${call(14)}></video>`,
  `<audio src=x onerror=${call(15)}>`,
  `<input autofocus onfocus=${call(16)}>`,
  `<select autofocus onfocus=${call(17)}>`,
  `<textarea autofocus onfocus=${call(18)}>`,
  `<marquee onstart=${call(19)}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${call(20)}>`,
  `<svg><script>${call(21)}</script></svg>`,
  `<svg><a xlink:href="javascript:${call(22)}"><text>x</text></a></svg>`,
  `<object data="javascript:${call(23)}">`,
  `<embed src="javascript:${call(24)}">`,
  `<form action="javascript:${call(25)}"><button>x</button></form>`,
  `<isindex action=javascript:${call(26)} type=image>`,
  `<style>@import 'javascript:${call(27)}';</style>`,
  `<link rel=stylesheet href="javascript:${call(28)}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${call(29)}">`,
  `<base href="javascript:${call(30)}//">`,
  `\${${call(31)}}`,
  `{{constructor.constructor('${call(32)}')()}}`,
  `<template><img src=x onerror=${call(33)}></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${call(34)}>">`,
  `<!--<img src="--><img src=x onerror=${call(35)}//">`,
  `<img src="x` + '`' + `onerror=${call(36)}>`,
  `&lt;img src=x onerror=${call(37)}&gt;`,
  `&#60;script&#62;${call(38)}&#60;/script&#62;`,
  `\u003cscript\u003e${call(39)}\u003c/script\u003e`,
  `<scr<script>ipt>${call(40)}</scr</script>ipt>`,
  `<img src=x:alert(1) onerror=eval(${JSON.stringify(call(41))})>`,
  `<div style="background:url(javascript:${call(42)})">`,
  `<svg><animate onbegin=${call(43)} attributeName=x dur=1s>`,
  `<img srcset=",,,,,x" onerror=${call(44)}>`,
  `<keygen autofocus onfocus=${call(45)}>`,
  `<frameset onload=${call(46)}>`,
  `<table background="javascript:${call(47)}">`,
  `"onmouseover="${call(48)}"`,
  `' onfocus='${call(49)}' autofocus='`,
  `</title><script>${call(50)}</script>`,
  `<x contenteditable onblur=${call(51)}>x`,
  `\u2028\u2029<script>${call(52)}</script>`,
];

/** Installs `window.__xss` and returns the calls recorded so far. */
export function trapXss(): number[] {
  const calls: number[] = [];
  (window as unknown as { __xss: (n: number) => void }).__xss = (n: number) => calls.push(n);
  return calls;
}
