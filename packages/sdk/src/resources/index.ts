export * from './applications.js';
export * from './cards.js';
export * from './offers.js';
export * from './otp.js';
export * from './payments.js';
export * from './rewards.js';
export type { Caller } from './caller.js';
