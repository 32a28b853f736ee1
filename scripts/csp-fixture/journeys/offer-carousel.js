// The offer carousel from first paint to a claimed coupon and an opened link offer: slides moved
// with the buttons, the arrow keys and the picker, each slide left in view long enough to count
// as an impression (50% for 1 s), which the analytics outbox then delivers to the sandbox.
import { $, $$, mount, press, record, step, tap, text, until } from '../driver.js';

export async function offerCarousel() {
  const carousel = await mount('banklet-offer-carousel', { placement: 'home' });
  const impressions = record(carousel, 'banklet-offer-impression');
  const clicks = record(carousel, 'banklet-offer-click');
  const claims = record(carousel, 'banklet-offer-claim');
  const activations = record(carousel, 'banklet-offer-activate');
  const offers = carousel.visibleOffers;
  if (offers.length < 3) throw new Error(`expected at least 3 home offers, got ${offers.length}`);
  step('rendered');

  const current = () => $$(carousel, '[part="picker"] button').findIndex((dot) => dot.getAttribute('aria-current') === 'true');
  const shown = async (index, how) => {
    await until(() => current() === index, `slide ${index + 1} after ${how} (on ${current() + 1})`, 5_000);
    // Each slide stays in view until it counted as seen: the impression rule is 1 s at 50%.
    const offerId = offers[index].id;
    await until(() => impressions.some((each) => each.offerId === offerId), `the impression of ${offerId}`, 5_000);
  };
  await shown(0, 'the first paint');

  tap($(carousel, '[part="next-button"]'), 'the next button');
  await shown(1, 'the next button');
  step('next button');
  press($(carousel, '[part="next-button"]'), 'ArrowRight');
  await shown(2, 'ArrowRight');
  press($(carousel, '[part="next-button"]'), 'ArrowLeft');
  await shown(1, 'ArrowLeft');
  step('arrow keys');
  tap($(carousel, '[part="previous-button"]'), 'the previous button');
  await shown(0, 'the previous button');
  step('previous button');
  // The rest through the picker, so that every offer was on screen once.
  for (let index = 3; index < offers.length; index += 1) {
    tap($$(carousel, '[part="picker"] button')[index], `picker dot ${index + 1}`);
    await shown(index, `picker dot ${index + 1}`);
  }
  step('every slide seen');

  // Claim the first claimable coupon: its slide first, then its button.
  const coupon = offers.findIndex((offer) => offer.cta.kind === 'claim' && !offer.claimed);
  if (coupon < 0) throw new Error('no claimable offer for this member');
  const couponId = offers[coupon].id;
  tap($$(carousel, '[part="picker"] button')[coupon], 'the coupon slide dot');
  await until(() => current() === coupon, 'the coupon slide');
  tap($(carousel, `.slide[data-offer="${couponId}"] banklet-button[part="cta"]`), 'the claim button');
  await until(() => claims.length > 0, 'the claim outcome');
  await until(() => $(carousel, `.slide[data-offer="${couponId}"] .claimed[part="cta"]`), 'the claimed state on the slide');
  step('claimed');

  // Open a link offer: Banklet hands the URL to the host and never navigates itself.
  const link = offers.findIndex((offer) => offer.cta.kind === 'link');
  if (link < 0) throw new Error('no link offer in this placement');
  const linkId = offers[link].id;
  tap($$(carousel, '[part="picker"] button')[link], 'the link slide dot');
  await until(() => current() === link, 'the link slide');
  tap($(carousel, `.slide[data-offer="${linkId}"] banklet-button[part="cta"]`), 'the open button');
  await until(() => activations.length > 0, 'banklet-offer-activate');
  step('link opened');

  return {
    offers: offers.map((offer) => offer.id),
    impressions: impressions.map((each) => each.offerId),
    clicks: clicks.map((each) => `${each.offerId}:${each.cta}`),
    claims: claims.map((each) => `${each.offerId}:${each.outcome}`),
    claimedText: text($(carousel, `.slide[data-offer="${couponId}"] .claimed`)),
    activated: activations.map((each) => `${each.offerId}:${each.url}`),
    experimentId: impressions[0].experimentId,
    couponId,
    linkId,
  };
}
