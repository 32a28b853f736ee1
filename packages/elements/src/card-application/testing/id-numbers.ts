/**
 * Test helper: PRC resident ID numbers (GB 11643-1999) with a correct ISO 7064 MOD 11-2 check
 * character, computed here independently of the SDK validator under test. The sandbox decides an
 * application by the 17th character (9 declined, 8 referred, 7 pending, else approved).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i]!, 0);
  return CHECK[sum % 11]!;
}

export interface IdOptions {
  region?: string;
  /** `YYYYMMDD`. */
  birthDate?: string;
  /** The decision digit (17th character). */
  decisionDigit?: number;
}

export function idNumber({ region = '110105', birthDate = '19900307', decisionDigit = 3 }: IdOptions = {}): string {
  const sequence = String(10 + Math.floor(Math.random() * 90));
  const first17 = `${region}${birthDate}${sequence}${decisionDigit}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** The same number with a wrong check character. */
export function withWrongCheck(id: string): string {
  const right = id[17]!;
  const wrong = CHECK.split('').find((c) => c !== right)!;
  return `${id.slice(0, 17)}${wrong}`;
}

/** A mobile number unlikely to collide with another test's (the sandbox throttles resends per number). */
export function uniqueMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}
