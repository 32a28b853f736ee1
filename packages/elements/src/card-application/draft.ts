import { normalizeEmail, normalizeMobile, normalizeName, normalizeResidentId } from '@banklet/sdk';
import { FORM_STEPS, isFormStep, type FieldName, type FormStep } from './steps.js';
import type { Attribution, CardApplicationPrefill, CardApplicationRequest, IncomeBand, TermsDocument } from './types.js';

/**
 * The saved application: every answer as typed, where the person was, and — while a submission's
 * outcome is unknown — the exact body that was sent, so that a reload re-sends the same bytes (and
 * so the same idempotency key) instead of creating a second application. It only ever reaches
 * storage through the SDK's encrypted store.
 */

export const DRAFT_VERSION = 1;

/** Text answers, as the person typed them (normalised only when the request is built). */
export type TextField = Exclude<FieldName, 'productId' | 'otp' | 'consents'>;
export const TEXT_FIELDS: readonly TextField[] = [
  'name', 'idNumber', 'mobile', 'email', 'employer', 'occupation', 'incomeBand', 'province', 'city', 'district', 'line1', 'postalCode',
];
export type DraftValues = Record<TextField, string>;

/** A verified mobile number: the verification is bound to the number and expires. */
export interface OtpVerificationState {
  mobile: string;
  verificationId: string;
  expiresAt: string;
}

export interface ApplicationDraft {
  version: typeof DRAFT_VERSION;
  /** Ties the funnel events of this application together across reloads. */
  journeyId: string;
  step: FormStep;
  /** Senior-mode screen within the step. */
  screen: number;
  productId: string;
  values: DraftValues;
  /** Accepted documents: id → the version that was accepted. */
  consents: Record<string, string>;
  otp?: OtpVerificationState;
  /** The body of a submission whose outcome is not known yet. */
  submission?: CardApplicationRequest;
}

const emptyValues = (): DraftValues => Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as DraftValues;

export function emptyDraft(journeyId: string): ApplicationDraft {
  return { version: DRAFT_VERSION, journeyId, step: FORM_STEPS[0], screen: 0, productId: '', values: emptyValues(), consents: {} };
}

/** Longest text a field keeps; far above every contract limit, so it only stops abuse. */
const MAX_TEXT = 500;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined);

/**
 * Fills the empty answers from the host's prefill. What the person already typed (a resumed
 * draft) wins: a host's profile must not overwrite a correction the applicant made.
 */
export function applyPrefill(draft: ApplicationDraft, prefill: CardApplicationPrefill | undefined): ApplicationDraft {
  if (!prefill) return draft;
  const values = { ...draft.values };
  for (const field of TEXT_FIELDS) {
    const given = text(prefill[field]);
    if (given !== undefined && values[field] === '') values[field] = given;
  }
  const productId = draft.productId || text(prefill.productId) || '';
  return { ...draft, productId, values };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A draft read back from storage, checked field by field; `undefined` when it is not one of ours
 * (another version, or damaged). Unknown keys are dropped.
 */
export function restoreDraft(stored: unknown): ApplicationDraft | undefined {
  if (!isRecord(stored) || stored.version !== DRAFT_VERSION || typeof stored.journeyId !== 'string') return undefined;
  const draft = emptyDraft(stored.journeyId);
  if (isFormStep(stored.step)) draft.step = stored.step;
  if (typeof stored.screen === 'number' && Number.isInteger(stored.screen) && stored.screen >= 0) draft.screen = stored.screen;
  draft.productId = text(stored.productId) ?? '';
  if (isRecord(stored.values)) for (const field of TEXT_FIELDS) draft.values[field] = text(stored.values[field]) ?? '';
  if (isRecord(stored.consents)) {
    for (const [id, version] of Object.entries(stored.consents)) if (typeof version === 'string') draft.consents[id] = version;
  }
  const otp = stored.otp;
  if (isRecord(otp) && typeof otp.mobile === 'string' && typeof otp.verificationId === 'string' && typeof otp.expiresAt === 'string') {
    draft.otp = { mobile: otp.mobile, verificationId: otp.verificationId, expiresAt: otp.expiresAt };
  }
  // The body is re-sent as it is; the server validates it anyway, so an object is all we check.
  if (isRecord(stored.submission)) draft.submission = stored.submission as unknown as CardApplicationRequest;
  return draft;
}

/** The verification of the draft's current mobile number, if it is still usable at `now`. */
export function verifiedOtp(draft: ApplicationDraft, now: number): OtpVerificationState | undefined {
  const otp = draft.otp;
  if (!otp || otp.mobile !== normalizeMobile(draft.values.mobile)) return undefined;
  return Date.parse(otp.expiresAt) > now ? otp : undefined;
}

/** Documents accepted in their current version: what goes into `consents`. */
export function acceptedConsents(draft: ApplicationDraft, terms: readonly TermsDocument[]): TermsDocument[] {
  return terms.filter((doc) => draft.consents[doc.id] === doc.version);
}

/** Required documents not (or not in their current version) accepted. */
export function missingConsents(draft: ApplicationDraft, terms: readonly TermsDocument[]): TermsDocument[] {
  return terms.filter((doc) => doc.required && draft.consents[doc.id] !== doc.version);
}

const trimmed = (value: string) => value.trim().replace(/\s+/g, ' ');

/** The request body: normalised answers (Lion's model values), accepted documents, attribution. */
export function buildRequest(
  draft: ApplicationDraft,
  terms: readonly TermsDocument[],
  otpVerificationId: string,
  attribution: Attribution,
): CardApplicationRequest {
  const v = draft.values;
  const address: CardApplicationRequest['address'] = { province: trimmed(v.province), city: trimmed(v.city), line1: trimmed(v.line1) };
  if (trimmed(v.district)) address.district = trimmed(v.district);
  if (v.postalCode.trim()) address.postalCode = v.postalCode.replace(/\s/g, '');
  return {
    productId: draft.productId,
    applicant: {
      name: normalizeName(v.name),
      idNumber: normalizeResidentId(v.idNumber),
      mobile: normalizeMobile(v.mobile),
      email: normalizeEmail(v.email),
    },
    employment: {
      employer: trimmed(v.employer),
      occupation: trimmed(v.occupation),
      // Checked by the employment step; should a stale draft hold something else, the server's
      // field error leads the person back to the question.
      incomeBand: v.incomeBand as IncomeBand,
    },
    address,
    consents: acceptedConsents(draft, terms).map((doc) => ({ documentId: doc.id, version: doc.version })),
    otpVerificationId,
    attribution,
  };
}
