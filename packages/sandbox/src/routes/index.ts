/** Every operation of the contract, by operationId. app.ts refuses to start if one is missing. */
import type { HandlerMap, Services } from '../context.js';
import { analyticsHandlers } from './analytics.js';
import { cardHandlers } from './cards.js';
import { demoHandlers } from './demo.js';
import { offerHandlers } from './offers.js';
import { otpHandlers } from './otp.js';
import { paymentHandlers } from './payments.js';
import { rewardHandlers } from './rewards.js';

export function createHandlers(services: Services): HandlerMap {
  return {
    ...demoHandlers(services),
    ...cardHandlers(services),
    ...otpHandlers(services),
    ...rewardHandlers(services),
    ...offerHandlers(services),
    ...paymentHandlers(services),
    ...analyticsHandlers(services),
  };
}
