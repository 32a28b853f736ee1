/**
 * CDN entry: every widget, registered on load. Also the body of `banklet.iife.js`, where the
 * exports become `window.Banklet` (`Banklet.configure({...})`).
 */
import '../define.js';
export * from '../index.js';
