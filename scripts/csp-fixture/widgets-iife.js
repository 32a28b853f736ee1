import { exerciseWidgets } from './widgets.js';
// The classic script's queue: configure runs before banklet.js has loaded.
window.result = exerciseWidgets(window.Banklet);
