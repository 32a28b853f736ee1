import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  acceptedConsents, applyPrefill, buildRequest, DRAFT_VERSION, emptyDraft, missingConsents, restoreDraft, TEXT_FIELDS, verifiedOtp, type ApplicationDraft,
} from './draft.js';
import { checkAnswer, firstInvalidAnswer } from './rules.js';
import { idNumber, withWrongCheck } from './testing/id-numbers.js';
import type { TermsDocument } from './types.js';

const doc = (id: string, version: string, required: boolean): TermsDocument => ({
  id, version, required, title: id, content: '', effectiveFrom: '2026-01-01', url: 'https://bank.example/terms',
});
const TERMS = [doc('privacy', '2026.2', true), doc('credit', '2025.4', true), doc('marketing', '2026.1', false)];

function filled(): ApplicationDraft {
  const draft = emptyDraft('journey-1');
  draft.productId = 'p-young';
  draft.values = {
    name: ' 张三 ', idNumber: idNumber().replace(/(\d{6})/, '$1 '), mobile: '+86 138 0013 8000', email: 'ｚｈａｎｇ@example.com',
    employer: ' 某某 科技 ', occupation: '工程师', incomeBand: '10k_20k', province: '北京市', city: '北京市', district: '', line1: '朝阳路 1 号', postalCode: '100000',
  };
  draft.consents = { privacy: '2026.2', credit: '2025.4' };
  return draft;
}

describe('card application draft', () => {
  it('prefill fills only empty answers and never overrides what the person typed', () => {
    const draft = emptyDraft('j');
    draft.values.name = '李四';
    const next = applyPrefill(draft, { name: '王五', mobile: '13800138000', productId: 'p-gold' });
    expect(next.values.name).to.equal('李四');
    expect(next.values.mobile).to.equal('13800138000');
    expect(next.productId).to.equal('p-gold');
    expect(applyPrefill(draft, undefined)).to.equal(draft);
  });

  it('restores what it stored, and refuses what is not a draft of this version', () => {
    const draft = { ...filled(), step: 'address' as const, screen: 1, otp: { mobile: '13800138000', verificationId: 'otv_1', expiresAt: '2030-01-01T00:00:00Z' } };
    expect(restoreDraft(JSON.parse(JSON.stringify(draft)))).to.deep.equal(draft);
    expect(restoreDraft({ ...draft, version: DRAFT_VERSION + 1 })).to.equal(undefined);
    expect(restoreDraft('nope')).to.equal(undefined);
    expect(restoreDraft(null)).to.equal(undefined);
  });

  it('restoring any stored value never throws and always yields a well-formed draft', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (values, step, consents) => {
        const draft = restoreDraft({ version: DRAFT_VERSION, journeyId: 'j', values, step, consents, screen: step });
        expect(draft).to.not.equal(undefined);
        for (const field of TEXT_FIELDS) expect(draft!.values[field]).to.be.a('string');
        expect(['product', 'identity', 'employment', 'address', 'consent', 'review']).to.include(draft!.step);
        for (const version of Object.values(draft!.consents)) expect(version).to.be.a('string');
      }),
    );
  });

  it('counts only consents given for the current version of each document', () => {
    const draft = filled();
    draft.consents = { privacy: '2025.1', credit: '2025.4', marketing: '2026.1' };
    expect(acceptedConsents(draft, TERMS).map((d) => d.id)).to.deep.equal(['credit', 'marketing']);
    expect(missingConsents(draft, TERMS).map((d) => d.id)).to.deep.equal(['privacy']);
  });

  it('a verification counts only for the number it verified, until it expires', () => {
    const draft = filled();
    draft.otp = { mobile: '13800138000', verificationId: 'otv', expiresAt: new Date(10_000).toISOString() };
    expect(verifiedOtp(draft, 5_000)?.verificationId).to.equal('otv');
    expect(verifiedOtp(draft, 10_000)).to.equal(undefined);
    expect(verifiedOtp({ ...draft, values: { ...draft.values, mobile: '13900139000' } }, 5_000)).to.equal(undefined);
  });

  it('builds the contract body from normalised answers (Lion\'s model values)', () => {
    const draft = filled();
    const body = buildRequest(draft, TERMS, 'otv_9', { channel: 'partner_web', referralCode: 'R1' });
    expect(body.applicant).to.deep.equal({ name: '张三', idNumber: draft.values.idNumber.replace(' ', ''), mobile: '13800138000', email: 'zhang@example.com' });
    expect(body.employment).to.deep.equal({ employer: '某某 科技', occupation: '工程师', incomeBand: '10k_20k' });
    expect(body.address).to.deep.equal({ province: '北京市', city: '北京市', line1: '朝阳路 1 号', postalCode: '100000' });
    expect(body.consents).to.deep.equal([{ documentId: 'privacy', version: '2026.2' }, { documentId: 'credit', version: '2025.4' }]);
    expect(body.otpVerificationId).to.equal('otv_9');
    expect(body.attribution).to.deep.equal({ channel: 'partner_web', referralCode: 'R1' });
    // The same draft always gives the same body: the idempotency key depends on it.
    expect(JSON.stringify(buildRequest(draft, TERMS, 'otv_9', { channel: 'partner_web', referralCode: 'R1' }))).to.equal(JSON.stringify(body));
  });
});

describe('card application answer rules', () => {
  it('checks every rule with the right code', () => {
    const adult = idNumber();
    expect(checkAnswer('name', '')).to.deep.equal({ code: 'REQUIRED' });
    expect(checkAnswer('name', '张')).to.deep.include({ code: 'TOO_SHORT' });
    expect(checkAnswer('name', '张三3')).to.deep.equal({ code: 'NAME_FORMAT' });
    expect(checkAnswer('idNumber', adult)).to.equal(null);
    expect(checkAnswer('idNumber', '12345')).to.deep.equal({ code: 'ID_FORMAT' });
    expect(checkAnswer('idNumber', withWrongCheck(adult))).to.deep.equal({ code: 'ID_CHECK_DIGIT' });
    expect(checkAnswer('idNumber', idNumber({ birthDate: '19900231' }))).to.deep.equal({ code: 'ID_BIRTH_DATE' });
    const year = new Date().getFullYear() - 10;
    expect(checkAnswer('idNumber', idNumber({ birthDate: `${year}0101` }))).to.deep.include({ code: 'ID_UNDER_AGE' });
    expect(checkAnswer('mobile', '1380013800')).to.deep.equal({ code: 'MOBILE_FORMAT' });
    expect(checkAnswer('email', 'a@b')).to.deep.equal({ code: 'EMAIL_FORMAT' });
    expect(checkAnswer('postalCode', '')).to.equal(null);
    expect(checkAnswer('postalCode', '12345')).to.deep.equal({ code: 'PATTERN' });
    expect(checkAnswer('district', '')).to.equal(null);
    expect(checkAnswer('employer', 'x'.repeat(101))).to.deep.equal({ code: 'TOO_LONG', params: { max: 100 } });
    expect(checkAnswer('incomeBand', 'lots')).to.deep.equal({ code: 'INVALID' });
  });

  it('finds the first invalid answer in form order', () => {
    const draft = filled();
    expect(firstInvalidAnswer(draft.values)).to.equal(undefined);
    expect(firstInvalidAnswer({ ...draft.values, email: 'x', city: '' })?.field).to.equal('email');
  });
});
