/**
 * Seed data: the sandbox bank's products, terms, catalogue, tasks, offers and demo members.
 *
 * Deterministic: every random choice comes from a PRNG seeded per member or per table, so two
 * fresh data dirs hold the same data (dates are relative to the moment of seeding, so "expiring
 * in 30 days" and "this month" stay meaningful). Seeding runs once per data dir, in one
 * transaction with prepared statements; the 100,000-entry ledger of `m-ledger` takes well under a
 * second that way.
 */
import type { Db } from './db.js';
import { getMeta, setMeta } from './db.js';
import { hash32, prng, seededId } from './ids.js';
import type { Text } from './i18n.js';
import { EARN_VALIDITY_MS } from './points.js';
import { CURRENCY, type Segment } from './reference.js';
import { DAY_MS, cstStartOfDay } from './time.js';

// ------------------------------------------------------------------ reference content

interface ProductSeed {
  id: string;
  network: 'unionpay' | 'visa' | 'mastercard';
  annualFee: number;
  limit: [number, number];
  ranks: Record<Segment, number>;
  name: Text;
  tagline: Text;
  annualFeeWaiver: Text;
  benefits: Text[];
  imageAlt: Text;
}

const PRODUCTS: ProductSeed[] = [
  {
    id: 'p-platinum',
    network: 'visa',
    annualFee: 200_000,
    limit: [5_000_000, 30_000_000],
    ranks: { high: 1, mid: 3, low: 4, potential: 5 },
    name: { 'zh-CN': '白金信用卡', en: 'Platinum Card' },
    tagline: { 'zh-CN': '全球贵宾礼遇，消费积分翻倍', en: 'Worldwide VIP perks and double points' },
    annualFeeWaiver: { 'zh-CN': '年消费满 20 万元免次年年费', en: 'Next year free after ¥200,000 spend in a year' },
    benefits: [
      { 'zh-CN': '机场贵宾厅不限次', en: 'Unlimited airport lounges' },
      { 'zh-CN': '消费积分 2 倍', en: '2× points on all spending' },
      { 'zh-CN': '高端酒店礼遇', en: 'Luxury hotel privileges' },
    ],
    imageAlt: { 'zh-CN': '深灰色白金信用卡卡面', en: 'Dark grey platinum card design' },
  },
  {
    id: 'p-travel',
    network: 'visa',
    annualFee: 60_000,
    limit: [2_000_000, 10_000_000],
    ranks: { high: 2, mid: 1, low: 3, potential: 4 },
    name: { 'zh-CN': '国航联名信用卡', en: 'Air Miles Card' },
    tagline: { 'zh-CN': '消费累积里程，出行更轻松', en: 'Earn air miles on every purchase' },
    annualFeeWaiver: { 'zh-CN': '年刷卡 6 次免次年年费', en: 'Next year free after 6 purchases in a year' },
    benefits: [
      { 'zh-CN': '每消费 10 元累积 1 里程', en: '1 mile per ¥10 spent' },
      { 'zh-CN': '每年 4 次机场贵宾厅', en: '4 airport lounge visits a year' },
      { 'zh-CN': '航空意外险', en: 'Travel accident insurance' },
    ],
    imageAlt: { 'zh-CN': '蓝色联名信用卡卡面，印有飞机图案', en: 'Blue co-branded card with an aeroplane' },
  },
  {
    id: 'p-cashback',
    network: 'unionpay',
    annualFee: 0,
    limit: [1_000_000, 5_000_000],
    ranks: { high: 3, mid: 2, low: 1, potential: 2 },
    name: { 'zh-CN': '乐享返现卡', en: 'Cashback Card' },
    tagline: { 'zh-CN': '日常消费最高 5% 返现', en: 'Up to 5% cashback on everyday spending' },
    annualFeeWaiver: { 'zh-CN': '免年费', en: 'No annual fee' },
    benefits: [
      { 'zh-CN': '超市、外卖 5% 返现', en: '5% cashback at supermarkets and food delivery' },
      { 'zh-CN': '其他消费 0.5% 返现', en: '0.5% cashback everywhere else' },
    ],
    imageAlt: { 'zh-CN': '橙色返现卡卡面', en: 'Orange cashback card design' },
  },
  {
    id: 'p-young',
    network: 'unionpay',
    annualFee: 0,
    limit: [300_000, 2_000_000],
    ranks: { high: 5, mid: 5, low: 2, potential: 1 },
    name: { 'zh-CN': '青春卡', en: 'Young Card' },
    tagline: { 'zh-CN': '第一张信用卡的好选择', en: 'A good first credit card' },
    annualFeeWaiver: { 'zh-CN': '免年费', en: 'No annual fee' },
    benefits: [
      { 'zh-CN': '视频会员月卡每季度领', en: 'Streaming membership every quarter' },
      { 'zh-CN': '首刷礼', en: 'First-purchase gift' },
    ],
    imageAlt: { 'zh-CN': '渐变紫色青春卡卡面', en: 'Purple gradient card design' },
  },
  {
    id: 'p-gold',
    network: 'mastercard',
    annualFee: 30_000,
    limit: [1_000_000, 8_000_000],
    ranks: { high: 4, mid: 4, low: 5, potential: 3 },
    name: { 'zh-CN': '金卡', en: 'Gold Card' },
    tagline: { 'zh-CN': '境外消费免货币转换费', en: 'No foreign transaction fees' },
    annualFeeWaiver: { 'zh-CN': '年刷卡 5 次免次年年费', en: 'Next year free after 5 purchases in a year' },
    benefits: [
      { 'zh-CN': '境外消费免货币转换费', en: 'No foreign transaction fees' },
      { 'zh-CN': '消费积分 1.5 倍', en: '1.5× points on spending' },
    ],
    imageAlt: { 'zh-CN': '金色卡面', en: 'Gold card design' },
  },
];

interface TermsSeed {
  id: string;
  productId: string | null;
  version: string;
  required: boolean;
  effectiveFrom: string;
  title: Text;
  content: Text;
}

const SHARED_TERMS: TermsSeed[] = [
  {
    id: 'tc-privacy',
    productId: null,
    version: '2025.1',
    required: true,
    effectiveFrom: '2025-01-01',
    title: { 'zh-CN': '个人信息处理授权书', en: 'Personal information processing consent' },
    content: {
      'zh-CN': '本行将依法收集、使用您的个人信息，用于信用卡申请审核与账户管理。（旧版本）',
      en: 'We collect and use your personal information to assess your application and manage your account. (Previous version)',
    },
  },
  {
    id: 'tc-privacy',
    productId: null,
    version: '2026.2',
    required: true,
    effectiveFrom: '2026-02-01',
    title: { 'zh-CN': '个人信息处理授权书', en: 'Personal information processing consent' },
    content: {
      'zh-CN': '本行将依法收集、使用您的个人信息（姓名、证件号码、手机号码、工作与收入信息），仅用于信用卡申请审核、账户管理及法律法规要求的用途。您可随时查询、更正或删除您的个人信息。',
      en: 'We collect and use your personal information (name, ID number, mobile number, employment and income) only to assess your application, manage your account and meet legal obligations. You may access, correct or delete it at any time.',
    },
  },
  {
    id: 'tc-credit-report',
    productId: null,
    version: '2025.4',
    required: true,
    effectiveFrom: '2025-04-01',
    title: { 'zh-CN': '征信查询授权书', en: 'Credit report authorisation' },
    content: {
      'zh-CN': '您授权本行向中国人民银行征信中心查询您的信用报告，用于审核本次信用卡申请。',
      en: 'You authorise us to obtain your credit report from the Credit Reference Center of the People’s Bank of China to assess this application.',
    },
  },
  {
    id: 'tc-marketing',
    productId: null,
    version: '2026.1',
    required: false,
    effectiveFrom: '2026-01-01',
    title: { 'zh-CN': '营销信息推送（可选）', en: 'Marketing messages (optional)' },
    content: {
      'zh-CN': '同意后，本行可通过短信和应用内消息向您推送优惠活动信息。您可随时退订。',
      en: 'If you agree, we may send you offers by SMS and in-app messages. You can opt out at any time.',
    },
  },
];

function productTerms(product: ProductSeed): TermsSeed {
  return {
    id: `tc-${product.id.slice(2)}-agreement`,
    productId: product.id,
    version: '2026.1',
    required: true,
    effectiveFrom: '2026-01-01',
    title: {
      'zh-CN': `${product.name['zh-CN']}领用合约`,
      en: `${product.name.en} cardholder agreement`,
    },
    content: {
      'zh-CN': `本合约约定${product.name['zh-CN']}的领用、使用、还款、费用及双方权利义务。年费：${product.annualFeeWaiver['zh-CN']}。`,
      en: `This agreement sets out how the ${product.name.en} is issued, used and repaid, its fees and both parties' rights and duties. Annual fee: ${product.annualFeeWaiver.en}.`,
    },
  };
}

interface CatalogueSeed {
  id: string;
  kind: 'goods' | 'coupon' | 'travel' | 'fee_waiver';
  pointsPrice: number;
  stock: number;
  minTier: Segment;
  name: Text;
  description: Text;
}

const CATALOGUE: CatalogueSeed[] = [
  { id: 'c-coffee', kind: 'coupon', pointsPrice: 1_200, stock: 100_000, minTier: 'potential', name: { 'zh-CN': '星巴克中杯饮品券', en: 'Starbucks tall drink voucher' }, description: { 'zh-CN': '全国门店通用，30 天内有效', en: 'Any store in mainland China, valid 30 days' } },
  { id: 'c-takeout', kind: 'coupon', pointsPrice: 800, stock: 100_000, minTier: 'potential', name: { 'zh-CN': '外卖 10 元红包', en: '¥10 food delivery coupon' }, description: { 'zh-CN': '满 30 元可用', en: 'On orders of ¥30 or more' } },
  { id: 'c-movie', kind: 'coupon', pointsPrice: 2_500, stock: 5_000, minTier: 'potential', name: { 'zh-CN': '电影票兑换券', en: 'Cinema ticket voucher' }, description: { 'zh-CN': '2D/3D 场次通用', en: 'Any 2D or 3D screening' } },
  { id: 'c-grocery', kind: 'coupon', pointsPrice: 5_000, stock: 2_000, minTier: 'low', name: { 'zh-CN': '盒马 50 元代金券', en: '¥50 Freshippo voucher' }, description: { 'zh-CN': '线上线下通用', en: 'Online and in store' } },
  { id: 'g-mug', kind: 'goods', pointsPrice: 3_000, stock: 500, minTier: 'potential', name: { 'zh-CN': '不锈钢保温杯', en: 'Insulated steel mug' }, description: { 'zh-CN': '500 毫升，包邮到家', en: '500 ml, free delivery' } },
  { id: 'g-umbrella', kind: 'goods', pointsPrice: 2_500, stock: 0, minTier: 'potential', name: { 'zh-CN': '晴雨两用伞', en: 'Sun and rain umbrella' }, description: { 'zh-CN': '已兑完，补货中', en: 'Sold out, restocking' } },
  { id: 'g-earbuds', kind: 'goods', pointsPrice: 28_000, stock: 50, minTier: 'low', name: { 'zh-CN': '无线降噪耳机', en: 'Noise-cancelling earbuds' }, description: { 'zh-CN': '官方正品，一年保修', en: 'Genuine, one-year warranty' } },
  { id: 'g-luggage', kind: 'goods', pointsPrice: 45_000, stock: 20, minTier: 'mid', name: { 'zh-CN': '20 寸登机箱', en: '20-inch cabin suitcase' }, description: { 'zh-CN': '铝框设计，万向轮', en: 'Aluminium frame, spinner wheels' } },
  { id: 't-lounge', kind: 'travel', pointsPrice: 8_000, stock: 300, minTier: 'mid', name: { 'zh-CN': '机场贵宾厅单次券', en: 'Airport lounge pass' }, description: { 'zh-CN': '国内主要机场可用', en: 'Major airports in mainland China' } },
  { id: 't-hotel', kind: 'travel', pointsPrice: 30_000, stock: 40, minTier: 'mid', name: { 'zh-CN': '精选酒店一晚', en: 'One night at a partner hotel' }, description: { 'zh-CN': '含双早，需提前 3 天预约', en: 'Breakfast for two; book 3 days ahead' } },
  { id: 't-upgrade', kind: 'travel', pointsPrice: 60_000, stock: 10, minTier: 'high', name: { 'zh-CN': '国内航班升舱券', en: 'Domestic flight upgrade' }, description: { 'zh-CN': '经济舱升公务舱', en: 'Economy to business class' } },
  { id: 'f-annual', kind: 'fee_waiver', pointsPrice: 15_000, stock: 100_000, minTier: 'low', name: { 'zh-CN': '信用卡年费减免', en: 'Annual fee waiver' }, description: { 'zh-CN': '抵扣一次年费（最高 600 元）', en: 'Covers one annual fee (up to ¥600)' } },
  { id: 'f-instalment', kind: 'fee_waiver', pointsPrice: 2_000, stock: 100_000, minTier: 'potential', name: { 'zh-CN': '分期手续费 5 折券', en: 'Half-price instalment fee' }, description: { 'zh-CN': '用于下一笔账单分期', en: 'For your next statement instalment' } },
  { id: 'f-cash-advance', kind: 'fee_waiver', pointsPrice: 1_000, stock: 3, minTier: 'potential', name: { 'zh-CN': '取现手续费减免券', en: 'Cash advance fee waiver' }, description: { 'zh-CN': '限量发放', en: 'Limited quantity' } },
];

interface TaskSeed {
  id: string;
  kind: 'payment_count' | 'payment_amount' | 'check_in_streak' | 'redemption_count';
  target: number;
  rewardPoints: number;
  expiresInDays: number | null;
  title: Text;
  description: Text;
}

const TASKS: TaskSeed[] = [
  { id: 'task-first-payment', kind: 'payment_count', target: 1, rewardPoints: 100, expiresInDays: null, title: { 'zh-CN': '完成首笔支付', en: 'Make your first payment' }, description: { 'zh-CN': '用任意方式完成一笔支付', en: 'Pay once with any method' } },
  { id: 'task-three-payments', kind: 'payment_count', target: 3, rewardPoints: 300, expiresInDays: 90, title: { 'zh-CN': '本季度支付 3 笔', en: '3 payments this quarter' }, description: { 'zh-CN': '每笔金额不限', en: 'Any amount counts' } },
  { id: 'task-spend-1000', kind: 'payment_amount', target: 100_000, rewardPoints: 500, expiresInDays: 90, title: { 'zh-CN': '本季度累计消费 1,000 元', en: 'Spend ¥1,000 this quarter' }, description: { 'zh-CN': '积分抵扣部分不计入', en: 'Points-paid amounts do not count' } },
  { id: 'task-check-in-7', kind: 'check_in_streak', target: 7, rewardPoints: 200, expiresInDays: null, title: { 'zh-CN': '连续签到 7 天', en: 'Check in 7 days in a row' }, description: { 'zh-CN': '中断后重新计算', en: 'Restarts if you miss a day' } },
  { id: 'task-first-redemption', kind: 'redemption_count', target: 1, rewardPoints: 100, expiresInDays: null, title: { 'zh-CN': '首次积分兑换', en: 'Redeem points once' }, description: { 'zh-CN': '兑换任意商品或权益', en: 'Redeem any item' } },
];

type Variant = 'control' | 'treatment';
interface OfferSeed {
  id: string;
  placement: 'home' | 'rewards' | 'checkout' | 'card_result';
  type: 'cashback' | 'spend_save' | 'discount' | 'instalment';
  variants: Partial<Record<Variant, { sort: number; badge: Text | null }>>;
  cta: { kind: 'claim' | 'link'; url?: string };
  expiresInDays: number;
  title: Text;
  terms: Text;
  imageAlt: Text;
}

const LIMITED: Text = { 'zh-CN': '限时', en: 'Limited time' };
const NEW: Text = { 'zh-CN': '新客专享', en: 'New customers' };

const OFFERS: OfferSeed[] = [
  { id: 'o-home-cashback', placement: 'home', type: 'cashback', variants: { control: { sort: 1, badge: null }, treatment: { sort: 2, badge: LIMITED } }, cta: { kind: 'claim' }, expiresInDays: 30, title: { 'zh-CN': '周末超市消费 10% 返现', en: '10% cashback at supermarkets on weekends' }, terms: { 'zh-CN': '每月最高返 50 元，返现于次月账单入账。', en: 'Up to ¥50 a month, credited on next statement.' }, imageAlt: { 'zh-CN': '购物篮与返现标志', en: 'Shopping basket with a cashback sign' } },
  { id: 'o-home-spend-save', placement: 'home', type: 'spend_save', variants: { control: { sort: 2, badge: null }, treatment: { sort: 1, badge: NEW } }, cta: { kind: 'claim' }, expiresInDays: 45, title: { 'zh-CN': '外卖满 40 减 15', en: '¥15 off food delivery over ¥40' }, terms: { 'zh-CN': '每周限 1 次，领取后 7 天内有效。', en: 'Once a week; valid 7 days after claiming.' }, imageAlt: { 'zh-CN': '外卖餐盒', en: 'Food delivery box' } },
  { id: 'o-home-instalment', placement: 'home', type: 'instalment', variants: { control: { sort: 3, badge: null }, treatment: { sort: 3, badge: null } }, cta: { kind: 'link', url: 'https://bank.example/instalments' }, expiresInDays: 60, title: { 'zh-CN': '账单分期手续费 8 折', en: '20% off statement instalment fees' }, terms: { 'zh-CN': '适用于 3、6、12 期账单分期。', en: 'For 3, 6 and 12-month statement instalments.' }, imageAlt: { 'zh-CN': '日历与分期图标', en: 'Calendar with an instalment icon' } },
  { id: 'o-home-travel', placement: 'home', type: 'discount', variants: { treatment: { sort: 4, badge: LIMITED } }, cta: { kind: 'claim' }, expiresInDays: 20, title: { 'zh-CN': '机票立减 100 元', en: '¥100 off flights' }, terms: { 'zh-CN': '单笔满 1,000 元可用，限国内航线。', en: 'On bookings of ¥1,000 or more; domestic routes only.' }, imageAlt: { 'zh-CN': '飞机在云层上方', en: 'An aeroplane above the clouds' } },
  { id: 'o-rewards-double', placement: 'rewards', type: 'cashback', variants: { control: { sort: 1, badge: null }, treatment: { sort: 1, badge: LIMITED } }, cta: { kind: 'claim' }, expiresInDays: 14, title: { 'zh-CN': '本周餐饮消费双倍积分', en: 'Double points on dining this week' }, terms: { 'zh-CN': '报名后生效，每人最高多得 2,000 积分。', en: 'After sign-up; up to 2,000 extra points per person.' }, imageAlt: { 'zh-CN': '餐桌与积分图标', en: 'Dining table with a points icon' } },
  { id: 'o-rewards-coffee', placement: 'rewards', type: 'discount', variants: { control: { sort: 2, badge: null }, treatment: { sort: 2, badge: null } }, cta: { kind: 'claim' }, expiresInDays: 30, title: { 'zh-CN': '咖啡 9 元购', en: 'Coffee for ¥9' }, terms: { 'zh-CN': '指定门店中杯饮品，每月 2 次。', en: 'Tall drinks at partner stores, twice a month.' }, imageAlt: { 'zh-CN': '一杯拿铁', en: 'A cup of latte' } },
  { id: 'o-checkout-points', placement: 'checkout', type: 'spend_save', variants: { control: { sort: 1, badge: null }, treatment: { sort: 1, badge: NEW } }, cta: { kind: 'claim' }, expiresInDays: 30, title: { 'zh-CN': '积分抵现再减 5 元', en: 'Extra ¥5 off when paying with points' }, terms: { 'zh-CN': '使用积分抵扣满 1,000 积分时可用。', en: 'When at least 1,000 points are used.' }, imageAlt: { 'zh-CN': '积分与优惠券', en: 'Points and a coupon' } },
  { id: 'o-checkout-instalment', placement: 'checkout', type: 'instalment', variants: { treatment: { sort: 2, badge: LIMITED } }, cta: { kind: 'link', url: 'https://bank.example/instalments/free' }, expiresInDays: 30, title: { 'zh-CN': '3 期免息', en: '3 months interest-free' }, terms: { 'zh-CN': '单笔满 600 元，信用卡支付可选。', en: 'Orders of ¥600 or more, paid by credit card.' }, imageAlt: { 'zh-CN': '分期图标', en: 'Instalment icon' } },
  { id: 'o-card-welcome', placement: 'card_result', type: 'cashback', variants: { control: { sort: 1, badge: NEW }, treatment: { sort: 1, badge: NEW } }, cta: { kind: 'claim' }, expiresInDays: 60, title: { 'zh-CN': '新卡首刷返 50 元', en: '¥50 back on your first purchase' }, terms: { 'zh-CN': '激活后 30 天内首笔消费满 100 元。', en: 'First purchase of ¥100 or more within 30 days of activation.' }, imageAlt: { 'zh-CN': '新卡与礼盒', en: 'A new card and a gift box' } },
  { id: 'o-card-wallet', placement: 'card_result', type: 'discount', variants: { treatment: { sort: 2, badge: null } }, cta: { kind: 'link', url: 'https://bank.example/wallet' }, expiresInDays: 60, title: { 'zh-CN': '绑定手机钱包立减 10 元', en: '¥10 off when you add the card to your phone wallet' }, terms: { 'zh-CN': '绑定后首笔手机支付可用。', en: 'On your first mobile wallet payment.' }, imageAlt: { 'zh-CN': '手机与信用卡', en: 'A phone and a card' } },
];

/** Experiment per placement; the variant is a stable hash of member and experiment. */
export const EXPERIMENTS: Record<OfferSeed['placement'], string> = {
  home: 'exp-home-carousel',
  rewards: 'exp-rewards-offers',
  checkout: 'exp-checkout-offers',
  card_result: 'exp-card-result',
};

export function variantFor(memberId: string, experimentId: string): Variant {
  return hash32(`${experimentId}:${memberId}`) % 2 === 0 ? 'control' : 'treatment';
}

const MERCHANTS = [
  '星巴克 Starbucks', '美团外卖 Meituan', '京东商城 JD.com', '盒马鲜生 Freshippo', '滴滴出行 DiDi',
  '中国国航 Air China', '携程旅行 Trip.com', '麦当劳 McDonald’s', '瑞幸咖啡 Luckin', '华润万家 Vanguard',
  '全家便利店 FamilyMart', '优衣库 UNIQLO',
];

interface MemberSeed {
  id: string;
  name: string;
  segment: Segment;
  cash: number;
  qualifyingFloor: number;
  ledger: { entries: number; spanDays: number; maxEarn: number };
  cards: { network: 'unionpay' | 'visa' | 'mastercard'; kind: 'credit' | 'debit'; expired?: boolean }[];
  /** Task progress to start from (so a claim can be demonstrated right away). */
  tasks: Record<string, number>;
}

const MEMBERS: MemberSeed[] = [
  { id: 'm-high', name: '王明远', segment: 'high', cash: 5_000_000, qualifyingFloor: 128_000, ledger: { entries: 160, spanDays: 360, maxEarn: 2_400 }, cards: [{ network: 'unionpay', kind: 'credit' }, { network: 'visa', kind: 'credit' }, { network: 'unionpay', kind: 'debit' }, { network: 'mastercard', kind: 'credit', expired: true }], tasks: { 'task-first-payment': 1, 'task-three-payments': 2, 'task-spend-1000': 86_000 } },
  { id: 'm-mid', name: '李晓雯', segment: 'mid', cash: 800_000, qualifyingFloor: 42_000, ledger: { entries: 90, spanDays: 360, maxEarn: 900 }, cards: [{ network: 'unionpay', kind: 'credit' }, { network: 'unionpay', kind: 'debit' }], tasks: { 'task-first-payment': 1, 'task-first-redemption': 1 } },
  { id: 'm-low', name: '张伟', segment: 'low', cash: 120_000, qualifyingFloor: 9_000, ledger: { entries: 45, spanDays: 300, maxEarn: 300 }, cards: [{ network: 'unionpay', kind: 'debit' }], tasks: { 'task-three-payments': 1 } },
  { id: 'm-potential', name: '陈思琪', segment: 'potential', cash: 30_000, qualifyingFloor: 0, ledger: { entries: 8, spanDays: 60, maxEarn: 120 }, cards: [{ network: 'unionpay', kind: 'debit' }], tasks: {} },
  { id: 'm-ledger', name: '赵磊', segment: 'mid', cash: 500_000, qualifyingFloor: 0, ledger: { entries: 100_000, spanDays: 360, maxEarn: 500 }, cards: [{ network: 'visa', kind: 'credit' }], tasks: {} },
];

export const SEEDED_MEMBER_IDS = MEMBERS.map((m) => m.id);

// ------------------------------------------------------------------ seeding

/** Seeds an empty store; returns false when it was seeded before (by this or another process). */
export function seedIfEmpty(db: Db, now = Date.now()): boolean {
  if (getMeta(db, 'seeded_at')) return false;
  return db
    .transaction(() => {
      // Checked again under the write lock, so concurrent first starts seed exactly once.
      if (getMeta(db, 'seeded_at')) return false;
      seedReference(db, now);
      for (const member of MEMBERS) seedMember(db, member, now);
      setMeta(db, 'seeded_at', String(now));
      return true;
    })
    .immediate();
}

const json = (value: unknown) => JSON.stringify(value);

function seedReference(db: Db, now: number): void {
  const insertProduct = db.prepare(
    'INSERT INTO products (id, sort, network, annual_fee, limit_min, limit_max, currency, ranks, texts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  PRODUCTS.forEach((p, i) => {
    insertProduct.run(p.id, i, p.network, p.annualFee, p.limit[0], p.limit[1], CURRENCY, json(p.ranks), json({
      name: p.name,
      tagline: p.tagline,
      annualFeeWaiver: p.annualFeeWaiver,
      imageAlt: p.imageAlt,
      benefits: p.benefits,
    }));
  });

  const insertTerms = db.prepare(
    'INSERT INTO terms (id, product_id, version, required, effective_from, texts, sort) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  [...PRODUCTS.map(productTerms), ...SHARED_TERMS].forEach((t, i) => {
    insertTerms.run(t.id, t.productId, t.version, t.required ? 1 : 0, t.effectiveFrom, json({ title: t.title, content: t.content }), i);
  });

  const insertItem = db.prepare(
    'INSERT INTO catalogue (id, sort, kind, points_price, stock, min_tier, texts) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  CATALOGUE.forEach((c, i) => {
    insertItem.run(c.id, i, c.kind, c.pointsPrice, c.stock, c.minTier, json({ name: c.name, description: c.description, imageAlt: c.name }));
  });

  const insertTask = db.prepare(
    'INSERT INTO tasks (id, sort, kind, target, reward_points, expires_at, texts) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  TASKS.forEach((t, i) => {
    const expires = t.expiresInDays === null ? null : cstStartOfDay(now) + t.expiresInDays * DAY_MS;
    insertTask.run(t.id, i, t.kind, t.target, t.rewardPoints, expires, json({ title: t.title, description: t.description }));
  });

  const insertOffer = db.prepare(
    'INSERT INTO offers (id, placement, type, variants, sort, cta_kind, cta_url, expires_at, texts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  OFFERS.forEach((o, i) => {
    insertOffer.run(o.id, o.placement, o.type, json(o.variants), i, o.cta.kind, o.cta.url ?? null, cstStartOfDay(now) + o.expiresInDays * DAY_MS, json({
      title: o.title,
      terms: o.terms,
      imageAlt: o.imageAlt,
    }));
  });
}

/** Masks all but the first character of a name: 王明远 → 王**. */
export const maskName = (name: string) => `${[...name][0] ?? ''}${'*'.repeat(Math.max(1, [...name].length - 1))}`;

function seedMember(db: Db, seed: MemberSeed, now: number): void {
  const random = prng(hash32(seed.id));
  db.prepare(
    'INSERT INTO members (id, name, segment, points_balance, qualifying_points, cash_balance, currency, created_at) VALUES (?, ?, ?, 0, 0, ?, ?, ?)',
  ).run(seed.id, seed.name, seed.segment, seed.cash, CURRENCY, now - seed.ledger.spanDays * DAY_MS);

  const { balance, earned } = seedLedger(db, seed.id, random, seed.ledger, now);
  db.prepare('UPDATE members SET points_balance = ?, qualifying_points = ? WHERE id = ?').run(
    balance,
    Math.max(earned, seed.qualifyingFloor),
    seed.id,
  );

  const insertCard = db.prepare(
    'INSERT INTO cards (id, member_id, network, kind, last4, expiry, status, application_id, cardholder, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
  );
  const year = new Date(now).getUTCFullYear() % 100;
  for (const card of seed.cards) {
    const last4 = String(Math.floor(random() * 10_000)).padStart(4, '0');
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const expiry = `${month}/${String(card.expired ? year - 1 : year + 3).padStart(2, '0')}`;
    insertCard.run(seededId('card', random), seed.id, card.network, card.kind, last4, expiry, card.expired ? 'expired' : 'active', maskName(seed.name), now);
  }

  db.prepare('INSERT INTO member_tasks (member_id, task_id, progress) SELECT ?, id, 0 FROM tasks').run(seed.id);
  const setProgress = db.prepare('UPDATE member_tasks SET progress = ? WHERE member_id = ? AND task_id = ?');
  for (const [taskId, progress] of Object.entries(seed.tasks)) setProgress.run(progress, seed.id, taskId);

  seedIntents(db, seed.id, now);
}

const LEDGER_EARN_CODES = ['purchase', 'purchase', 'purchase', 'purchase', 'purchase', 'purchase', 'check_in'] as const;

/**
 * Writes a plausible history, oldest first, keeping the running balance non-negative: mostly
 * spending points, some check-ins, redemptions, expiries and adjustments.
 */
function seedLedger(
  db: Db,
  memberId: string,
  random: () => number,
  shape: MemberSeed['ledger'],
  now: number,
): { balance: number; earned: number } {
  const insert = db.prepare(
    'INSERT INTO ledger (member_id, ts, type, code, points, merchant, reason, detail, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const start = now - shape.spanDays * DAY_MS;
  const step = (shape.spanDays * DAY_MS) / shape.entries;
  let balance = 0;
  let earned = 0;
  for (let i = 0; i < shape.entries; i += 1) {
    // Spread evenly with jitter, strictly increasing so the order is the same as the ids'.
    const ts = Math.floor(start + i * step + random() * step * 0.9);
    const roll = random();
    if (roll < 0.1 && balance > 1_000) {
      const item = CATALOGUE[Math.floor(random() * CATALOGUE.length)]!;
      const points = Math.min(item.pointsPrice, balance);
      insert.run(memberId, ts, 'redeem', 'redemption', -points, null, 'REDEMPTION', item.name['zh-CN'], null);
      balance -= points;
    } else if (roll < 0.13 && balance > 200) {
      const points = Math.max(1, Math.floor(balance * 0.02));
      insert.run(memberId, ts, 'expire', 'expiry', -points, null, 'POINTS_EXPIRED', null, null);
      balance -= points;
    } else if (roll < 0.16) {
      const points = 10 + Math.floor(random() * 190);
      insert.run(memberId, ts, 'adjust', 'goodwill', points, null, 'GOODWILL', null, null);
      balance += points;
    } else {
      const code = LEDGER_EARN_CODES[Math.floor(random() * LEDGER_EARN_CODES.length)]!;
      const points = code === 'check_in' ? 5 + 5 * Math.floor(random() * 3) : 1 + Math.floor(random() * shape.maxEarn);
      const merchant = code === 'purchase' ? MERCHANTS[Math.floor(random() * MERCHANTS.length)]! : null;
      insert.run(memberId, ts, 'earn', code, points, merchant, null, null, ts + EARN_VALIDITY_MS);
      balance += points;
      earned += points;
    }
  }
  return { balance, earned };
}

interface IntentTemplate {
  merchantId: string;
  merchantName: string;
  lines: { description: string; quantity: number; amount: number }[];
}

/**
 * A small order (no step-up) and a large one (step-up, instalments) per seeded member, with
 * readable ids (`pi_demo_m-high_small`, `pi_demo_m-high_large`) so demos can link to them.
 */
const INTENT_TEMPLATES: (IntentTemplate & { size: 'small' | 'large' })[] = [
  {
    size: 'small',
    merchantId: 'mch-luckin',
    merchantName: '瑞幸咖啡 Luckin Coffee',
    lines: [
      { description: '生椰拿铁', quantity: 2, amount: 3_800 },
      { description: '提拉米苏', quantity: 1, amount: 2_600 },
    ],
  },
  {
    size: 'large',
    merchantId: 'mch-jd',
    merchantName: '京东商城 JD.com',
    lines: [
      { description: '降噪耳机', quantity: 1, amount: 199_900 },
      { description: '两年延保', quantity: 1, amount: 20_000 },
    ],
  },
];

/** The order `POST /demo/payment-intents` creates when the body names none. */
export const DEMO_INTENT: IntentTemplate = {
  merchantId: 'mch-starbucks',
  merchantName: '星巴克 Starbucks',
  lines: [
    { description: '焦糖玛奇朵（大杯）', quantity: 1, amount: 3_600 },
    { description: '蓝莓麦芬', quantity: 1, amount: 1_800 },
  ],
};

function seedIntents(db: Db, memberId: string, now: number): void {
  const insert = db.prepare(
    'INSERT INTO payment_intents (id, member_id, merchant_id, merchant_name, amount, currency, lines, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const template of INTENT_TEMPLATES) {
    const amount = template.lines.reduce((sum, line) => sum + line.amount, 0);
    const lines = template.lines.map((l) => ({ description: l.description, quantity: l.quantity, amount: { amount: l.amount, currency: CURRENCY } }));
    // Seeded intents stay payable for a year so the demo works on an old data dir.
    insert.run(`pi_demo_${memberId}_${template.size}`, memberId, template.merchantId, template.merchantName, amount, CURRENCY, json(lines), 'requires_confirmation', now, now + 365 * DAY_MS);
  }
}

/**
 * Creates a member on first use of an unknown id (documented in the contract): potential
 * segment, a welcome bonus, a debit card and some cash, so every journey works for fresh ids.
 */
export function provisionMember(db: Db, memberId: string, now: number): void {
  const random = prng(hash32(memberId));
  db.prepare(
    'INSERT INTO members (id, name, segment, points_balance, qualifying_points, cash_balance, currency, created_at) VALUES (?, ?, ?, 0, 0, ?, ?, ?)',
  ).run(memberId, '测试用户', 'potential', 100_000, CURRENCY, now);
  db.prepare(
    'INSERT INTO ledger (member_id, ts, type, code, points, merchant, reason, detail, expires_at) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, NULL)',
  ).run(memberId, now, 'adjust', 'welcome', 1_000, 'WELCOME');
  db.prepare('UPDATE members SET points_balance = 1000 WHERE id = ?').run(memberId);
  const year = new Date(now).getUTCFullYear() % 100;
  db.prepare(
    'INSERT INTO cards (id, member_id, network, kind, last4, expiry, status, application_id, cardholder, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)',
  ).run(seededId('card', random), memberId, 'unionpay', 'debit', String(Math.floor(random() * 10_000)).padStart(4, '0'), `12/${year + 4}`, 'active', maskName('测试用户'), now);
  db.prepare('INSERT INTO member_tasks (member_id, task_id, progress) SELECT ?, id, 0 FROM tasks').run(memberId);
}
