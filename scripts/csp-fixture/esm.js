import * as Banklet from './cdn/banklet.js';
import { exercise } from './exercise.js';
window.result = exercise(Banklet).then((r) => ({ ...r, version: Banklet.VERSION }));
