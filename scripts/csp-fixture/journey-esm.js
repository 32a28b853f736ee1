import * as Banklet from './cdn/banklet.js';
import { runJourney } from './journey.js';
window.result = runJourney(Banklet, async () => Banklet);
