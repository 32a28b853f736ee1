import type { Attribution, Channel } from './types.js';

/**
 * Attribution of an application to the channel, referral and campaign that brought it. The host
 * sets `channel` and `referral-code`; UTM parameters are read from the page URL only when the host
 * opts in (a partner page's URL is the partner's business). Everything is cut to what the contract
 * accepts, so a hostile or sloppy value drops out here instead of failing the submission.
 */

export const CHANNELS = ['partner_web', 'app_webview', 'mini_program', 'cdn_tag', 'bank_app', 'other'] as const satisfies readonly Channel[];

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
const REFERRAL = /^[A-Za-z0-9-]{1,32}$/;
const UTM_MAX = 100;

export const isChannel = (value: unknown): value is Channel => typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);

export interface AttributionInput {
  /** The `channel` attribute; anything outside the contract's list counts as `other`. */
  channel?: string | null;
  /** The `referral-code` attribute. */
  referralCode?: string | null;
  /** `location.search` when UTM reading is on; omitted otherwise. */
  search?: string;
}

/** The contract's `Attribution` for a submission. */
export function parseAttribution({ channel, referralCode, search }: AttributionInput): Attribution {
  const attribution: Attribution = { channel: isChannel(channel) ? channel : 'other' };
  const code = referralCode?.trim();
  if (code && REFERRAL.test(code)) attribution.referralCode = code;
  if (search !== undefined) {
    const params = new URLSearchParams(search);
    const utm: NonNullable<Attribution['utm']> = {};
    for (const key of UTM_KEYS) {
      // Control characters never belong in a campaign name; they are stripped, not rejected.
      // eslint-disable-next-line no-control-regex
      const value = params.get(`utm_${key}`)?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
      if (value) utm[key] = Array.from(value).slice(0, UTM_MAX).join('');
    }
    if (Object.keys(utm).length > 0) attribution.utm = utm;
  }
  return attribution;
}

/** Flat analytics properties for an attribution (`utm_source`, …), the shape funnel tools expect. */
export function attributionProps(attribution: Attribution): Record<string, string> {
  const props: Record<string, string> = { channel: attribution.channel };
  if (attribution.referralCode) props.referralCode = attribution.referralCode;
  for (const [key, value] of Object.entries(attribution.utm ?? {})) if (value) props[`utm_${key}`] = value;
  return props;
}
