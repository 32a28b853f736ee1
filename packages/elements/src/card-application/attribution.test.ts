import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { attributionProps, CHANNELS, parseAttribution } from './attribution.js';

describe('card application attribution', () => {
  it('keeps a known channel and a well-formed referral code', () => {
    expect(parseAttribution({ channel: 'mini_program', referralCode: 'ABC-123' })).to.deep.equal({ channel: 'mini_program', referralCode: 'ABC-123' });
  });

  it('turns an unknown channel into other and drops a malformed referral code', () => {
    expect(parseAttribution({ channel: 'tv', referralCode: 'a b<script>' })).to.deep.equal({ channel: 'other' });
    expect(parseAttribution({ channel: null, referralCode: 'x'.repeat(33) })).to.deep.equal({ channel: 'other' });
  });

  it('reads UTM parameters only when given the query string', () => {
    const search = '?utm_source=partner&utm_medium=banner&utm_campaign=spring%20sale&utm_term=&x=1';
    expect(parseAttribution({ channel: 'partner_web' })).to.deep.equal({ channel: 'partner_web' });
    expect(parseAttribution({ channel: 'partner_web', search })).to.deep.equal({
      channel: 'partner_web',
      utm: { source: 'partner', medium: 'banner', campaign: 'spring sale' },
    });
  });

  it('always produces what the contract accepts, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.dictionary(fc.constantFrom('utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'other'), fc.string({ maxLength: 300 })), (channel, referral, params) => {
        const search = new URLSearchParams(params).toString();
        const a = parseAttribution({ channel, referralCode: referral, search });
        expect(CHANNELS).to.include(a.channel);
        if (a.referralCode !== undefined) expect(a.referralCode).to.match(/^[A-Za-z0-9-]{1,32}$/);
        for (const value of Object.values(a.utm ?? {})) {
          expect(Array.from(value!).length).to.be.within(1, 100);
          expect(value).to.not.match(/[\u0000-\u001f]/);
        }
      }),
    );
  });

  it('flattens into analytics properties', () => {
    expect(attributionProps({ channel: 'cdn_tag', referralCode: 'R1', utm: { source: 's', campaign: 'c' } })).to.deep.equal({
      channel: 'cdn_tag', referralCode: 'R1', utm_source: 's', utm_campaign: 'c',
    });
  });
});
