/**
 * PRC resident ID numbers (GB 11643): 6-digit region, 8-digit birth date, 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character. The sandbox checks them like a bank's front door would, and
 * tests use `makeIdNumber` to produce valid ones that steer the sandbox's decision rules.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdProblem = 'ID_FORMAT' | 'ID_BIRTH_DATE' | 'ID_CHECK_DIGIT' | 'ID_UNDER_AGE';

/** The first problem with an ID number, or null. `now` decides the applicant's age. */
export function idNumberProblem(id: string, now: number, minimumAge = 18): IdProblem | null {
  if (!/^[1-9][0-9]{16}[0-9X]$/.test(id)) return 'ID_FORMAT';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day || birth.getTime() > now) {
    return 'ID_BIRTH_DATE';
  }
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return 'ID_CHECK_DIGIT';
  const today = new Date(now);
  const adultFrom = Date.UTC(year + minimumAge, month - 1, day);
  if (Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) < adultFrom) return 'ID_UNDER_AGE';
  return null;
}

/**
 * A valid ID number. `decisionDigit` is the 17th character, which the sandbox's decision rules
 * read: 9 declined, 8 referred, 7 pending, anything else approved.
 */
export function makeIdNumber(options: { region?: string; birthDate?: string; sequence?: string; decisionDigit?: number } = {}): string {
  const region = options.region ?? '110105';
  const birth = (options.birthDate ?? '1990-03-07').replace(/-/g, '');
  const sequence = options.sequence ?? '12';
  const first17 = `${region}${birth}${sequence}${options.decisionDigit ?? 3}`;
  return `${first17}${checkCharacter(first17)}`;
}
