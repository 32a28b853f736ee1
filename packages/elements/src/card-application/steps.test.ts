import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ALL_STEPS, FIELD_ORDER, firstStepOf, serverProblems, FORM_STEPS, fieldOfServerPath, fieldsOnScreen, inFormOrder, nextStep, previousStep, screenCount, screenOfField,
  stepIndex, stepOfField, type FieldName,
} from './steps.js';

describe('card application steps', () => {
  it('walks the form steps in order, forwards and back', () => {
    expect(FORM_STEPS).to.deep.equal(['product', 'identity', 'employment', 'address', 'consent', 'review']);
    expect(nextStep('product')).to.equal('identity');
    expect(nextStep('review')).to.equal(undefined);
    expect(previousStep('product')).to.equal(undefined);
    for (const step of FORM_STEPS.slice(1)) expect(nextStep(previousStep(step)!)).to.equal(step);
    expect(ALL_STEPS.map(stepIndex)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('shows a whole step at once, or one question per screen in senior mode', () => {
    expect(screenCount('identity', false)).to.equal(1);
    expect(fieldsOnScreen('identity', false, 0)).to.deep.equal(['name', 'idNumber', 'mobile', 'otp', 'email']);
    expect(screenCount('identity', true)).to.equal(4);
    expect(fieldsOnScreen('identity', true, 2)).to.deep.equal(['mobile', 'otp']);
    expect(screenCount('consent', true, 4)).to.equal(4);
    expect(screenCount('consent', false, 4)).to.equal(1);
    expect(screenCount('review', true)).to.equal(1);
  });

  it('every field lives on exactly one step and screen, and the senior screens cover each step', () => {
    const fields = FIELD_ORDER.filter((f) => f !== 'consents');
    for (const step of ['product', 'identity', 'employment', 'address'] as const) {
      const seen = Array.from({ length: screenCount(step, true) }, (_, screen) => fieldsOnScreen(step, true, screen)).flat();
      expect(seen).to.deep.equal(fieldsOnScreen(step, false, 0));
      for (const field of seen) {
        expect(stepOfField(field)).to.equal(step);
        expect(fieldsOnScreen(step, true, screenOfField(field))).to.include(field);
      }
    }
    expect(new Set(fields.map(stepOfField))).to.deep.equal(new Set(['product', 'identity', 'employment', 'address']));
    expect(stepOfField('consents')).to.equal('consent');
  });

  it('maps the server\'s field paths back to the fields', () => {
    expect(fieldOfServerPath('applicant.idNumber')).to.equal('idNumber');
    expect(fieldOfServerPath('employment.incomeBand')).to.equal('incomeBand');
    expect(fieldOfServerPath('address.postalCode')).to.equal('postalCode');
    expect(fieldOfServerPath('otpVerificationId')).to.equal('otp');
    expect(fieldOfServerPath('consents.1.version')).to.equal('consents');
    expect(fieldOfServerPath('attribution.channel')).to.equal(undefined);
    expect(fieldOfServerPath('header.Idempotency-Key')).to.equal(undefined);
  });

  it('sorts any set of fields into form order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FIELD_ORDER)), (fields: FieldName[]) => {
        const sorted = inFormOrder(fields);
        expect(new Set(sorted)).to.deep.equal(new Set(fields));
        for (let i = 1; i < sorted.length; i += 1) expect(FIELD_ORDER.indexOf(sorted[i - 1]!)).to.be.lessThan(FIELD_ORDER.indexOf(sorted[i]!));
      }),
    );
  });

  it('places server field errors on their controls, consents per document', () => {
    const problems = serverProblems([
      { field: 'consents', code: 'CONSENT_OUTDATED', params: { documentId: 'tc-privacy', version: '2026.2' } },
      { field: 'address.city', code: 'TOO_LONG', params: { max: 40 } },
      { field: 'header.Idempotency-Key', code: 'REQUIRED' },
    ]);
    expect(problems.map((p) => p.id)).to.deep.equal(['consent-tc-privacy', 'city']);
    expect(firstStepOf(problems)).to.equal('address');
    expect(firstStepOf([])).to.equal(undefined);
  });
});
