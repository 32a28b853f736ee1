/**
 * Integration warnings with stable codes, each documented at docs/msg/<code>.md, printed once per
 * code and key so that a page with fifty offers does not print fifty identical lines.
 */
const issued = new Set<string>();

export type WarningCode = 'BKL-VERSION' | 'BKL-NO-CLIENT' | 'BKL-LOCALE' | 'BKL-APPEARANCE';

export function warnOnce(code: WarningCode, message: string, key = ''): void {
  const id = `${code}|${key}`;
  if (issued.has(id)) return;
  issued.add(id);
  console.warn(`[Banklet ${code}] ${message} See docs/msg/${code}.md`);
}

/** Test hook: forget what was printed so each test sees its own first warning. */
export function resetWarnings(): void {
  issued.clear();
}
