import { exercise } from './exercise.js';
window.result = exercise(window.Banklet).then((r) => ({ ...r, version: window.Banklet.VERSION }));
