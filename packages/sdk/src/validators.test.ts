import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { INCOME_BANDS, normalizeCardNumber, normalizeMobile, normalizeName, normalizeResidentId, toHalfWidth } from './normalize.js';
import {
  luhnValid,
  PROVINCE_CODES,
  residentIdCheckChar,
  validateCardNumber,
  validateEmail,
  validateIncomeBand,
  validateMobile,
  validateName,
  validateOtp,
  validateResidentId,
} from './validators.js';

const TODAY = new Date(2026, 10, 23); // 23 Nov 2026, local time
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Valid IDs: a real province, any 4 digits, a real birth date up to today, the computed check. */
const validId = fc
  .record({
    province: fc.constantFrom(...PROVINCE_CODES),
    area: fc.integer({ min: 0, max: 9999 }),
    birth: fc.date({ min: new Date(1900, 0, 1), max: TODAY, noInvalidDate: true }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ province, area, birth, sequence }) => {
    const first17 = `${province}${pad(area, 4)}${birth.getFullYear()}${pad(birth.getMonth() + 1, 2)}${pad(birth.getDate(), 2)}${pad(sequence, 3)}`;
    return first17 + residentIdCheckChar(first17);
  });

/** Luhn-valid card numbers of 16–19 digits: random body, computed check digit. */
const validCard = fc
  .integer({ min: 15, max: 18 })
  .chain((n) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }))
  .map((digits) => {
    const body = digits.join('');
    const check = [...'0123456789'].find((c) => luhnValid(body + c))!;
    return body + check;
  });

/** The same string with one position replaced by a different character from `alphabet`. */
const withOneChange = (value: fc.Arbitrary<string>, alphabet: (index: number, length: number) => string) =>
  value.chain((s) =>
    fc.integer({ min: 0, max: s.length - 1 }).chain((i) =>
      fc.constantFrom(...alphabet(i, s.length).replace(s[i]!, '')).map((c) => ({ original: s, changed: s.slice(0, i) + c + s.slice(i + 1) })),
    ),
  );

describe('validators', () => {
  describe('PRC resident ID', () => {
    it('accepts generated valid IDs (property)', () => {
      fc.assert(fc.property(validId, (id) => validateResidentId(id, { today: TODAY }) === null));
    });

    it('rejects ANY single-character change: one digit, or the check character (property)', () => {
      const alphabet = (i: number, length: number) => (i === length - 1 ? '0123456789X' : '0123456789');
      fc.assert(
        fc.property(withOneChange(validId, alphabet), ({ changed }) => validateResidentId(changed, { today: TODAY }) !== null),
        { numRuns: 500 },
      );
    });

    it('names what is wrong', () => {
      expect(validateResidentId('', { today: TODAY })).to.deep.equal({ code: 'REQUIRED' });
      expect(validateResidentId('11010519900307123', { today: TODAY })).to.deep.equal({ code: 'ID_FORMAT' });
      expect(validateResidentId('99010519900307123X', { today: TODAY })).to.deep.equal({ code: 'ID_FORMAT' });
      expect(validateResidentId('110105199003071238', { today: TODAY })).to.deep.equal({ code: 'ID_CHECK_DIGIT' });
      const feb30 = '1101051990023012' + '3';
      expect(validateResidentId(feb30 + residentIdCheckChar(feb30), { today: TODAY })).to.deep.equal({ code: 'ID_BIRTH_DATE' });
      const future = '11010520270101123';
      expect(validateResidentId(future + residentIdCheckChar(future), { today: TODAY })).to.deep.equal({ code: 'ID_BIRTH_DATE' });
    });

    it('accepts the contract examples, a lower-case x and spaces; checks the minimum age to the day', () => {
      for (const id of ['110105199003071239', '110105199003071271', '11010519900307128X', '110105199003071298']) {
        expect(validateResidentId(id, { today: TODAY, minAge: 18 }), id).to.equal(null);
      }
      expect(normalizeResidentId('1101 0519 9003 0712 8x')).to.equal('11010519900307128X');
      expect(validateResidentId('11010519900307128x', { today: TODAY })).to.equal(null);
      const turns18Tomorrow = '11010520081124123';
      const turns18Today = '11010520081123123';
      expect(validateResidentId(turns18Tomorrow + residentIdCheckChar(turns18Tomorrow), { today: TODAY, minAge: 18 })).to.deep.equal({
        code: 'ID_UNDER_AGE',
        params: { min: 18 },
      });
      expect(validateResidentId(turns18Today + residentIdCheckChar(turns18Today), { today: TODAY, minAge: 18 })).to.equal(null);
    });
  });

  describe('bank card number', () => {
    it('accepts Luhn-valid numbers of 16–19 digits (property)', () => {
      fc.assert(fc.property(validCard, (card) => validateCardNumber(card) === null));
    });

    it('rejects ANY single-digit change (property)', () => {
      fc.assert(
        fc.property(withOneChange(validCard, () => '0123456789'), ({ changed }) => validateCardNumber(changed)?.code === 'CARD_CHECKSUM'),
        { numRuns: 500 },
      );
    });

    it('reports length and characters, and reads spaced or full-width input', () => {
      expect(validateCardNumber('4111 1111 1111 111')).to.deep.equal({ code: 'CARD_LENGTH', params: { min: 16, max: 19 } });
      expect(validateCardNumber('4111-1111-1111-1111')).to.equal(null);
      expect(normalizeCardNumber('６２２２ ０２１２ ３４５６ ７８９０')).to.equal('6222021234567890');
      expect(validateCardNumber('4111 1111 1111 111a')).to.deep.equal({ code: 'PATTERN' });
      expect(validateCardNumber('')).to.deep.equal({ code: 'REQUIRED' });
    });
  });

  it('mobile: 11 digits starting 1[3-9], with +86, spaces or full-width digits', () => {
    for (const ok of ['13812345678', '+86 138 1234 5678', '0086-13812345678', '8613812345678', '１３８１２３４５６７８', '199 0000 0000']) {
      expect(validateMobile(ok), ok).to.equal(null);
    }
    for (const bad of ['12812345678', '1381234567', '138123456789', '+1 415 555 0100', 'abc']) {
      expect(validateMobile(bad), bad).to.deep.equal({ code: 'MOBILE_FORMAT' });
    }
    expect(validateMobile(' ')).to.deep.equal({ code: 'REQUIRED' });
    expect(normalizeMobile('+86 138-1234-5678')).to.equal('13812345678');
  });

  it('email', () => {
    for (const ok of ['li.wei@example.com', 'a+b@bank.example.cn', 'ｌｉ＠example.com', '用户@例子.中国']) expect(validateEmail(ok), ok).to.equal(null);
    for (const bad of ['li', 'li@', 'li@example', 'li wei@example.com', 'li@@example.com', '.li@example.com', 'li..wei@example.com', 'li@-x.com']) {
      expect(validateEmail(bad), bad).to.deep.equal({ code: 'EMAIL_FORMAT' });
    }
  });

  it('names: Chinese (with the minority-name middle dot) or Latin', () => {
    for (const ok of ['王小明', '欧阳娜娜', '阿卜杜热依木·艾买提', '买买提 • 吐尔逊', 'Li Wei', "O'Brien", 'Anne-Marie Dupont', 'José Álvarez']) {
      expect(validateName(ok), ok).to.equal(null);
    }
    expect(normalizeName('买买提 • 吐尔逊')).to.equal('买买提·吐尔逊');
    expect(validateName('王')).to.deep.equal({ code: 'TOO_SHORT', params: { min: 2 } });
    for (const bad of ['王Wei', 'Li  -Wei', '·王小明', 'R2D2', 'Li_Wei', '王小明·']) expect(validateName(bad), bad).to.deep.equal({ code: 'NAME_FORMAT' });
  });

  it('income band: one of the contract enum', () => {
    for (const band of INCOME_BANDS) expect(validateIncomeBand(band)).to.equal(null);
    expect(validateIncomeBand('')).to.deep.equal({ code: 'REQUIRED' });
    expect(validateIncomeBand('toString')).to.deep.equal({ code: 'INVALID' });
  });

  it('OTP: six digits', () => {
    expect(validateOtp('246810')).to.equal(null);
    expect(validateOtp('２４６ ８１０')).to.equal(null);
    expect(validateOtp('24681')).to.deep.equal({ code: 'OTP_FORMAT' });
    expect(validateOtp('24681a')).to.deep.equal({ code: 'OTP_FORMAT' });
    expect(toHalfWidth('ＡＢＣ　１２３')).to.equal('ABC 123');
  });
});
