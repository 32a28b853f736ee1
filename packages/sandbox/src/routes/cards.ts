/**
 * Card products, terms, applications and activation.
 *
 * Personal data minimisation: the application stores masked name and mobile and the last four
 * characters of the ID number, never the full ID — the decision is made while the request is in
 * memory. The sandbox's decision rules live in reference.ts and are documented in the contract.
 */
import { randomInt } from 'node:crypto';
import type { components } from '../../../sdk/src/generated/openapi.js';
import { assetUrl } from '../assets.js';
import type { HandlerMap, Services } from '../context.js';
import { reply } from '../context.js';
import { badRequest, conflict, notFound, unprocessable, type FieldError } from '../errors.js';
import { localize, type Locale, type Text } from '../i18n.js';
import { idNumberProblem } from '../id-number.js';
import { newId, newReference } from '../ids.js';
import { OTP_VERIFICATION_TTL_MS, PENDING_DECISION_MS, SANDBOX_PIN_KEY_ID, creditLimitFor, decideApplication, type Segment } from '../reference.js';
import { maskName } from '../seed.js';
import { iso } from '../time.js';

type S = components['schemas'];

interface ProductRow {
  id: string;
  network: S['CardNetwork'];
  annual_fee: number;
  limit_min: number;
  limit_max: number;
  currency: string;
  ranks: string;
  texts: string;
}

interface TermsRow {
  id: string;
  product_id: string | null;
  version: string;
  required: number;
  effective_from: string;
  texts: string;
}

interface ApplicationRow {
  id: string;
  member_id: string;
  product_id: string;
  reference: string;
  status: S['ApplicationStatus'];
  credit_limit: number | null;
  planned_limit: number | null;
  currency: string;
  reason_code: string | null;
  masked_name: string;
  masked_mobile: string;
  submitted_at: number;
  decide_at: number | null;
  decided_at: number | null;
  activated_at: number | null;
}

export const maskMobile = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;

/** Luhn check digit, so generated card numbers are well-formed even though only last4 is kept. */
function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i += 1) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return `${partial}${(10 - (sum % 10)) % 10}`;
}

const BIN: Record<S['CardNetwork'], string> = { unionpay: '622588', visa: '453201', mastercard: '552233' };

export function cardHandlers({ db }: Services): HandlerMap {
  const selectSegment = db.prepare<[string], { segment: Segment }>('SELECT segment FROM members WHERE id = ?');
  const selectProducts = db.prepare<[], ProductRow>('SELECT * FROM products ORDER BY sort');
  const selectProduct = db.prepare<[string], ProductRow>('SELECT * FROM products WHERE id = ?');
  // Current version per document: the latest one already in effect.
  const selectTerms = db.prepare<{ product: string; today: string }, TermsRow>(
    `SELECT t.* FROM terms t
     WHERE (t.product_id = @product OR t.product_id IS NULL) AND t.effective_from <= @today
       AND t.effective_from = (SELECT MAX(effective_from) FROM terms u WHERE u.id = t.id AND u.effective_from <= @today)
     ORDER BY t.product_id IS NULL, t.sort`,
  );
  const selectVerification = db.prepare<[string, string], { id: string; mobile: string; purpose: string; verified_at: number | null; used_at: number | null }>(
    'SELECT id, mobile, purpose, verified_at, used_at FROM otp_challenges WHERE verification_id = ? AND member_id = ?',
  );
  const useVerification = db.prepare('UPDATE otp_challenges SET used_at = ? WHERE id = ?');
  const insertApplication = db.prepare(
    `INSERT INTO card_applications (id, member_id, product_id, reference, status, credit_limit, planned_limit, currency, reason_code,
       masked_name, masked_mobile, id_last4, details, submitted_at, decide_at, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectApplication = db.prepare<[string, string], ApplicationRow>('SELECT * FROM card_applications WHERE id = ? AND member_id = ?');
  const decidePending = db.prepare(
    "UPDATE card_applications SET status = 'approved', credit_limit = planned_limit, reason_code = NULL, decided_at = ? WHERE id = ? AND status = 'pending'",
  );
  const markActivated = db.prepare('UPDATE card_applications SET activated_at = ? WHERE id = ?');
  const insertCard = db.prepare(
    `INSERT INTO cards (id, member_id, network, kind, last4, expiry, status, application_id, cardholder, created_at)
     VALUES (?, ?, ?, 'credit', ?, ?, 'active', ?, ?, ?)`,
  );
  const selectCardForApplication = db.prepare<[string], { id: string; network: S['CardNetwork']; last4: string; expiry: string; cardholder: string }>(
    'SELECT id, network, last4, expiry, cardholder FROM cards WHERE application_id = ?',
  );

  function currentTerms(productId: string, now: number): TermsRow[] {
    const today = iso(now).slice(0, 10);
    return selectTerms.all({ product: productId, today });
  }

  /** Pending applications are decided once their time has come, observed on the next read. */
  function load(id: string, memberId: string, now: number): ApplicationRow {
    const row = selectApplication.get(id, memberId);
    if (!row) throw notFound('Card application');
    if (row.status === 'pending' && row.decide_at !== null && now >= row.decide_at) {
      decidePending.run(now, row.id);
      return selectApplication.get(id, memberId)!;
    }
    return row;
  }

  function applicationJson(row: ApplicationRow): S['CardApplication'] {
    return {
      id: row.id,
      reference: row.reference,
      productId: row.product_id,
      status: row.status,
      creditLimit: row.credit_limit === null ? null : { amount: row.credit_limit, currency: row.currency },
      reasonCode: row.reason_code,
      submittedAt: iso(row.submitted_at),
      decidedAt: row.decided_at === null ? null : iso(row.decided_at),
      activated: row.activated_at !== null,
      maskedName: row.masked_name,
      maskedMobile: row.masked_mobile,
    };
  }

  function productJson(row: ProductRow, segment: Segment, locale: Locale, origin: string): S['CardProduct'] {
    const texts = JSON.parse(row.texts) as { name: Text; tagline: Text; annualFeeWaiver: Text; imageAlt: Text; benefits: Text[] };
    const rank = (JSON.parse(row.ranks) as Record<Segment, number>)[segment];
    return {
      id: row.id,
      name: texts.name[locale],
      tagline: texts.tagline[locale],
      network: row.network,
      annualFee: { amount: row.annual_fee, currency: row.currency },
      annualFeeWaiver: texts.annualFeeWaiver[locale],
      creditLimitRange: {
        min: { amount: row.limit_min, currency: row.currency },
        max: { amount: row.limit_max, currency: row.currency },
      },
      benefits: texts.benefits.map((b) => b[locale]),
      imageUrl: assetUrl(origin, 'product', row.id),
      imageAlt: texts.imageAlt[locale],
      recommended: rank === 1,
      rank,
    };
  }

  return {
    listCardProducts({ memberId, locale, origin }) {
      const { segment } = selectSegment.get(memberId)!;
      const items = selectProducts
        .all()
        .map((row) => productJson(row, segment, locale, origin))
        .sort((a, b) => a.rank - b.rank);
      return reply(200, { segment, items } satisfies S['CardProductList']);
    },

    listTerms({ query, locale, now, origin }) {
      const product = selectProduct.get(query.product);
      if (!product) throw notFound('Card product');
      const items = currentTerms(product.id, now).map((row): S['TermsDocument'] => {
        const texts = localize<'title' | 'content'>(row.texts, locale);
        return {
          id: row.id,
          title: texts.title,
          version: row.version,
          required: row.required === 1,
          effectiveFrom: row.effective_from,
          content: texts.content,
          url: `${origin}/__sandbox/documents/${encodeURIComponent(row.id)}/${encodeURIComponent(row.version)}?lang=${locale}`,
        };
      });
      return reply(200, { productId: product.id, items } satisfies S['TermsList']);
    },

    submitCardApplication({ memberId, body, now }) {
      const request = body as S['CardApplicationRequest'];
      // Field-level problems a schema cannot express come back as a 400 like schema failures.
      const idProblem = idNumberProblem(request.applicant.idNumber, now);
      if (idProblem) {
        throw badRequest('VALIDATION_FAILED', 'The ID number is not valid', [{ field: 'applicant.idNumber', code: idProblem }]);
      }

      const product = selectProduct.get(request.productId);
      if (!product) throw unprocessable('PRODUCT_NOT_FOUND', 'No such card product', [{ field: 'productId', code: 'NOT_FOUND' }]);

      const consentProblems: FieldError[] = [];
      for (const doc of currentTerms(product.id, now).filter((t) => t.required === 1)) {
        const given = request.consents.find((c) => c.documentId === doc.id);
        if (!given) consentProblems.push({ field: 'consents', code: 'CONSENT_REQUIRED', params: { documentId: doc.id, version: doc.version } });
        else if (given.version !== doc.version) {
          consentProblems.push({ field: 'consents', code: 'CONSENT_OUTDATED', params: { documentId: doc.id, version: doc.version } });
        }
      }
      if (consentProblems.length) throw unprocessable('CONSENT_MISSING', 'Every required document must be accepted in its current version', consentProblems);

      const verification = selectVerification.get(request.otpVerificationId, memberId);
      if (
        !verification ||
        verification.verified_at === null ||
        verification.used_at !== null ||
        verification.purpose !== 'card_application' ||
        verification.mobile !== request.applicant.mobile ||
        now - verification.verified_at > OTP_VERIFICATION_TTL_MS
      ) {
        throw unprocessable('OTP_NOT_VERIFIED', 'The mobile number has not been verified for this application', [
          { field: 'otpVerificationId', code: 'OTP_NOT_VERIFIED' },
        ]);
      }
      useVerification.run(now, verification.id);

      const decision = decideApplication(request.employment.incomeBand, request.applicant.idNumber);
      const limit = creditLimitFor(request.employment.incomeBand, product.limit_min, product.limit_max);
      const id = newId('app');
      insertApplication.run(
        id,
        memberId,
        product.id,
        newReference('BKA'),
        decision.status,
        decision.status === 'approved' ? limit : null,
        decision.status === 'approved' || decision.status === 'pending' ? limit : null,
        product.currency,
        decision.reasonCode,
        maskName(request.applicant.name),
        maskMobile(request.applicant.mobile),
        request.applicant.idNumber.slice(-4),
        // Only what the bank needs later for reporting on channels; no personal data.
        JSON.stringify({ attribution: request.attribution, consents: request.consents, incomeBand: request.employment.incomeBand }),
        now,
        decision.status === 'pending' ? now + PENDING_DECISION_MS : null,
        decision.status === 'pending' ? null : now,
      );
      return reply(201, applicationJson(selectApplication.get(id, memberId)!));
    },

    getCardApplication({ memberId, params, now }) {
      return reply(200, applicationJson(load(params.applicationId, memberId, now)));
    },

    activateCard({ memberId, params, body, now }) {
      const request = body as S['ActivationRequest'];
      const application = load(params.applicationId, memberId, now);
      if (application.status !== 'approved') {
        throw conflict('APPLICATION_NOT_APPROVED', `The application is ${application.status}; only approved cards can be activated`);
      }
      if (application.activated_at !== null) throw conflict('ALREADY_ACTIVATED', 'This card is already active');
      if (request.keyId !== SANDBOX_PIN_KEY_ID) {
        throw unprocessable('UNKNOWN_KEY_ID', 'The PIN block was encrypted under an unknown key', [{ field: 'keyId', code: 'UNKNOWN_KEY_ID' }]);
      }
      const product = selectProduct.get(application.product_id)!;
      // A full, Luhn-valid number exists for a moment (as the issuing system would create it);
      // only the last four digits are kept or returned.
      let digits = BIN[product.network];
      while (digits.length < 15) digits += String(randomInt(10));
      const pan = luhnComplete(digits);
      const last4 = pan.slice(-4);
      const expiryDate = new Date(now);
      const expiry = `${String(expiryDate.getUTCMonth() + 1).padStart(2, '0')}/${String((expiryDate.getUTCFullYear() + 5) % 100).padStart(2, '0')}`;
      const cardId = newId('card');
      insertCard.run(cardId, memberId, product.network, last4, expiry, application.id, application.masked_name, now);
      markActivated.run(now, application.id);
      const card = selectCardForApplication.get(application.id)!;
      const result: S['Activation'] = {
        applicationId: application.id,
        status: 'active',
        card: {
          id: card.id,
          last4: card.last4,
          maskedNumber: `•••• •••• •••• ${card.last4}`,
          expiry: card.expiry,
          network: card.network,
          cardholderName: card.cardholder,
        },
        activatedAt: iso(now),
      };
      return reply(200, result);
    },
  };
}
