import { runJourney } from './journey.js';
// The classic script's window.Banklet: configure is queued until banklet.js has loaded.
window.result = runJourney(window.Banklet, () => window.Banklet.ready);
