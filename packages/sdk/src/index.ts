export * from './errors.js';
export * from './appearance.js';
export * from './analytics-envelope.js';
export * from './config.js';
export * from './client.js';
export * from './format.js';
export * from './validation.js';
