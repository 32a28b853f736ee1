import type { OfferCarouselMessages } from './messages.js';

const messages: OfferCarouselMessages = {
  region: 'Offers',
  carouselRole: 'carousel',
  slideRole: 'slide',
  slide: (position, total) => `${position} of ${total}`,
  previous: 'Previous offer',
  next: 'Next offer',
  picker: 'Choose an offer',
  pickSlide: (position, total) => `Show offer ${position} of ${total}`,
  pause: 'Pause automatic rotation',
  play: 'Start automatic rotation',
  claim: 'Claim',
  claiming: 'Claiming',
  claimed: 'Claimed — in your wallet',
  claimedAnnouncement: (title) => `Claimed “${title}”. It is in your wallet`,
  open: 'See details',
  endsIn: (relative) => `Ends ${relative}`,
  types: { cashback: 'Cashback', spend_save: 'Spend & save', discount: 'Discount', instalment: 'Interest-free instalments' },
};

export default messages;
