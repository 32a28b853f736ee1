import type { OfferCarouselMessages } from './messages.js';

const messages: OfferCarouselMessages = {
  region: '优惠活动',
  carouselRole: '轮播',
  slideRole: '优惠',
  slide: (position, total) => `第 ${position} 个，共 ${total} 个`,
  previous: '上一个优惠',
  next: '下一个优惠',
  picker: '选择优惠',
  pickSlide: (position, total) => `查看第 ${position} 个优惠，共 ${total} 个`,
  pause: '暂停自动播放',
  play: '开始自动播放',
  claim: '立即领取',
  claiming: '正在领取',
  claimed: '已领取，已放入卡包',
  claimedAnnouncement: (title) => `已领取“${title}”，已放入卡包`,
  open: '查看详情',
  endsIn: (relative) => `${relative}结束`,
  types: { cashback: '返现', spend_save: '满减', discount: '折扣', instalment: '免息分期' },
};

export default messages;
