import type { BankletErrorType, ValidationCode } from '@banklet/sdk';
import { defineCatalogue } from '../localize.js';

type Params = Record<string, string | number>;

/** Strings the shared primitives need. Every locale file implements all of it. */
export interface CoreMessages {
  close: string;
  loading: string;
  optional: string;
  /** Prefix read by screen readers before an error message. */
  errorPrefix: string;
  retry: string;
  pinPad: (length: number) => string;
  pinProgress: (entered: number, length: number) => string;
  pinDelete: string;
  validation: Record<ValidationCode, (params: Params) => string>;
  errors: Record<BankletErrorType, string>;
}

export const coreCatalogue = defineCatalogue<CoreMessages>('core', {
  'zh-CN': () => import('./core.zh-CN.js'),
  en: () => import('./core.en.js'),
});
