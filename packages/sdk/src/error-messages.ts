import type { BankletErrorType } from './errors.js';

/**
 * The SDK's own user-facing sentence per error type, in the two shipped languages. A server's
 * `message` is meant for logs (see the contract), so it is never shown; widgets may replace these
 * with their own catalogue entries keyed by `type` and `code`.
 */
const zh: Record<BankletErrorType, string> = {
  network: '网络连接异常，请检查网络后重试。',
  timeout: '请求超时，请稍后重试。',
  auth: '登录状态已失效，请重新登录。',
  validation: '提交的信息有误，请检查后重试。',
  declined: '本次操作未获通过。',
  rate_limited: '操作过于频繁，请稍后再试。',
  server: '服务暂时不可用，请稍后重试。',
  cancelled: '操作已取消。',
  unknown: '出现未知问题，请稍后查询结果。',
};

const en: Record<BankletErrorType, string> = {
  network: 'No connection. Check your network and try again.',
  timeout: 'The request took too long. Please try again.',
  auth: 'Your session has ended. Please sign in again.',
  validation: 'Some details need correcting. Please check and try again.',
  declined: 'This request was declined.',
  rate_limited: 'Too many attempts. Please wait a moment and try again.',
  server: 'The service is temporarily unavailable. Please try again later.',
  cancelled: 'The request was cancelled.',
  unknown: 'Something unexpected happened. Please check the result later.',
};

/** Codes whose type-level sentence would mislead (a 403 is not an expired session). */
const byCode: Record<string, [zh: string, en: string]> = {
  FORBIDDEN: ['您没有权限进行此操作。', 'You are not allowed to do this.'],
  NOT_FOUND: ['未找到相关信息。', 'We could not find what you asked for.'],
};

/** Chinese first (DESIGN.md): an unset locale reads Chinese, any `zh*` tag too, anything else English. */
export function errorMessage(type: BankletErrorType, code: string, locale?: string): string {
  const chinese = !locale || locale.toLowerCase().startsWith('zh');
  const special = byCode[code];
  if (special) return chinese ? special[0] : special[1];
  return (chinese ? zh : en)[type];
}
