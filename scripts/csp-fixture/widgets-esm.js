import * as Banklet from './cdn/banklet.js';
import { exerciseWidgets } from './widgets.js';
window.result = exerciseWidgets(Banklet);
