import { validateEmail, validateMobile, validateName, validateResidentId, type ValidationFailure, type Validator } from '@banklet/sdk';
import type { DraftValues, TextField } from './draft.js';
import { FIELD_ORDER } from './steps.js';

/**
 * The checks of every text answer, in one table: the step views hand them to their fields (so an
 * error shows on blur and on continue), and `firstInvalidAnswer` runs the same table over a whole
 * draft before submitting, so a resumed or prefilled draft cannot skip a rule by skipping a screen.
 */

/** Applicants must be adults; the ID number carries the birth date. */
export const MIN_AGE = 18;

const pattern = (re: RegExp, code: ValidationFailure['code']): Validator<string> => (value) => (re.test(value) ? null : { code });

export interface FieldRule {
  required: boolean;
  maxLength?: number;
  validators: Validator<string>[];
}

export const FIELD_RULES: Record<TextField, FieldRule> = {
  name: { required: true, maxLength: 40, validators: [validateName] },
  idNumber: { required: true, validators: [(value) => validateResidentId(value, { minAge: MIN_AGE })] },
  mobile: { required: true, validators: [validateMobile] },
  email: { required: true, maxLength: 254, validators: [validateEmail] },
  employer: { required: true, maxLength: 100, validators: [] },
  occupation: { required: true, maxLength: 60, validators: [] },
  incomeBand: { required: true, validators: [pattern(/^(below_5k|5k_10k|10k_20k|20k_50k|above_50k)$/, 'INVALID')] },
  province: { required: true, maxLength: 40, validators: [] },
  city: { required: true, maxLength: 40, validators: [] },
  district: { required: false, maxLength: 40, validators: [] },
  line1: { required: true, maxLength: 120, validators: [] },
  postalCode: { required: false, validators: [pattern(/^\d{6}$/, 'PATTERN')] },
};

/** The first failure of one answer, as `<banklet-field>` would report it. */
export function checkAnswer(field: TextField, text: string): ValidationFailure | null {
  const rule = FIELD_RULES[field];
  const value = text.trim();
  if (value === '') return rule.required ? { code: 'REQUIRED' } : null;
  if (rule.maxLength !== undefined && value.length > rule.maxLength) return { code: 'TOO_LONG', params: { max: rule.maxLength } };
  for (const validate of rule.validators) {
    const failure = validate(value);
    if (failure) return failure;
  }
  return null;
}

/** The first answer (in form order) that fails its rules, or `undefined` when all pass. */
export function firstInvalidAnswer(values: DraftValues): { field: TextField; failure: ValidationFailure } | undefined {
  for (const field of FIELD_ORDER) {
    if (!(field in FIELD_RULES)) continue;
    const failure = checkAnswer(field as TextField, values[field as TextField]);
    if (failure) return { field: field as TextField, failure };
  }
  return undefined;
}
