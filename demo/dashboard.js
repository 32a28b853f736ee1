// Funnel dashboard: polls the sandbox's insights route every 3 s and draws four small SVG charts.
import { dataTable, groupedBars, legend, stackedBar } from '/lib/charts.js';

const POLL_MS = 3_000;

const STEPS = {
  product: '选卡 product', identity: '身份 identity', employment: '工作 employment', address: '地址 address',
  consent: '协议 consent', review: '确认 review', decision: '审批 decision', activation: '激活 activation',
};
const CHANNELS = {
  partner_web: ['合作方网站 partner web', '#0b5f73'],
  app_webview: ['App WebView', '#b4232a'],
  mini_program: ['小程序 mini-program', '#1b6b37'],
  cdn_tag: ['CDN 标签 CDN tag', '#7a5200'],
  bank_app: ['银行 App bank app', '#5b3f8c'],
  other: ['其他 other', '#5c5660'],
};
const METHODS = { card: '银行卡 card', balance: '余额 balance', points: '积分 points' };
const OUTCOMES = [
  ['succeeded', '成功 succeeded', '#1b6b37'],
  ['failed', '失败 failed', '#b3261e'],
  ['cancelled', '取消 cancelled', '#7b7479'],
  ['unknown', '未知 unknown', '#7a5200'],
];

const percent = (rate) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);
const widthOf = (box) => Math.max(240, Math.floor(box.clientWidth));

function empty(box, message) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = message;
  box.replaceChildren(p);
}

function drawFunnel(box, applications) {
  const { steps, channels } = applications;
  if (channels.length === 0) {
    return empty(box, '暂无办卡事件。卡片申请组件进入 CDN 构建后，在合作方网站或 WebView 中申请即可看到。 No application events yet: apply on the partner site or in the WebView once the card application is in the CDN build.');
  }
  const series = channels.map(({ channel }) => ({ key: channel, label: CHANNELS[channel]?.[0] ?? channel, color: CHANNELS[channel]?.[1] ?? '#5c5660' }));
  const first = new Map(channels.map((c) => [c.channel, c.steps[0]?.journeys ?? 0]));
  const bar = (channel, value) => {
    const base = first.get(channel);
    return { series: channel, value, text: base ? `${value} · ${Math.round((value / base) * 100)}%` : String(value) };
  };
  const groups = [
    ...steps.map((step, index) => ({ label: STEPS[step] ?? step, bars: channels.map((c) => bar(c.channel, c.steps[index].journeys)) })),
    { label: '已提交 submitted', bars: channels.map((c) => bar(c.channel, c.submitted)) },
    { label: '已获批 approved', bars: channels.map((c) => bar(c.channel, c.approved)) },
  ];
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
  box.replaceChildren(
    legend(series),
    groupedBars({ groups, series, max, width: widthOf(box), title: '办卡漏斗 Application funnel' }),
    dataTable('办卡漏斗 Application funnel', ['渠道 channel', ...steps, 'submitted', 'approved'], channels.map((c) => [c.channel, ...c.steps.map((s) => s.journeys), c.submitted, c.approved])),
  );
}

function drawOffers(box, offers) {
  if (offers.variants.length === 0) return empty(box, '暂无优惠曝光。打开合作方网站，让优惠卡片显示一秒以上。 No offer impressions yet: open the partner site and let the offers show for a second.');
  const series = [
    { key: 'ctr', label: '点击率 CTR', color: '#1859c9' },
    { key: 'claim', label: '领取率 claim rate', color: '#1b6b37' },
  ];
  const highest = Math.max(0, ...offers.variants.flatMap((v) => [v.ctr ?? 0, v.claimRate ?? 0]));
  const max = Math.min(1, Math.max(0.1, Math.ceil(highest * 10) / 10));
  const groups = offers.variants.map((v) => ({
    label: `${v.experimentId ?? '—'} · ${v.variant ?? '—'}`,
    bars: [
      { series: 'ctr', value: v.ctr ?? 0, text: `${percent(v.ctr)} (${v.clicks}/${v.impressions})` },
      { series: 'claim', value: v.claimRate ?? 0, text: `${percent(v.claimRate)} (${v.claims}/${v.impressions})` },
    ],
  }));
  box.replaceChildren(
    legend(series),
    groupedBars({ groups, series, max, width: widthOf(box), title: '优惠 A/B Offers by variant' }),
    dataTable('优惠 A/B Offers by variant', ['experiment', 'variant', 'impressions', 'clicks', 'claims', 'CTR', 'claim rate'],
      offers.variants.map((v) => [v.experimentId ?? '—', v.variant ?? '—', v.impressions, v.clicks, v.claims, percent(v.ctr), percent(v.claimRate)])),
  );
}

function drawPayments(box, payments) {
  if (payments.methods.length === 0) return empty(box, '暂无支付。在合作方网站结账，或在 WebView 外壳中支付。 No payments yet: check out on the partner site or pay in the WebView shell.');
  const series = [{ key: 'success', label: '成功率 success rate', color: '#1b6b37' }];
  const groups = payments.methods.map((m) => ({
    label: METHODS[m.method] ?? m.method,
    bars: [{ series: 'success', value: m.successRate ?? 0, text: `${percent(m.successRate)} (${m.succeeded}/${m.attempts})` }],
  }));
  box.replaceChildren(
    groupedBars({ groups, series, max: 1, width: widthOf(box), title: '支付成功率 Payment success by method' }),
    dataTable('支付成功率 Payment success by method', ['method', 'attempts', 'succeeded', 'failed', 'pending', 'success rate'],
      payments.methods.map((m) => [m.method, m.attempts, m.succeeded, m.failed, m.pending, percent(m.successRate)])),
  );
}

function drawRedemptions(box, redemptions) {
  if (redemptions.started === 0) return empty(box, '暂无兑换。在积分钱包的“兑换”中兑换一件商品。 No redemptions yet: redeem an item in the rewards wallet.');
  const headline = document.createElement('p');
  headline.className = 'headline';
  const figure = document.createElement('span');
  figure.className = 'figure';
  figure.textContent = percent(redemptions.rate);
  headline.append(figure, ` ${redemptions.succeeded}/${redemptions.started} · ${redemptions.pointsRedeemed.toLocaleString('zh-CN')} 积分 points`);
  const parts = OUTCOMES.map(([key, label, color]) => ({ key, label, color, value: redemptions[key] }));
  box.replaceChildren(
    headline,
    stackedBar({ parts, width: widthOf(box), title: '兑换结果 Redemption outcomes' }),
    legend(parts.map((p) => ({ label: `${p.label} ${p.value}`, color: p.color }))),
  );
}

// ─── Polling ────────────────────────────────────────────────────────────────────────────────

const status = document.getElementById('status');
let latest;
let timer;

function render(data) {
  document.getElementById('total-events').textContent = data.totals.events.toLocaleString('zh-CN');
  document.getElementById('total-sessions').textContent = data.totals.sessions.toLocaleString('zh-CN');
  drawFunnel(document.getElementById('chart-funnel'), data.applications);
  drawOffers(document.getElementById('chart-offers'), data.offers);
  drawPayments(document.getElementById('chart-payments'), data.payments);
  drawRedemptions(document.getElementById('chart-redemptions'), data.redemptions);
}

async function refresh() {
  clearTimeout(timer);
  try {
    const response = await fetch('/__sandbox/insights', { cache: 'no-store' });
    if (!response.ok) {
      const why = response.status === 403 ? '：仅限本机访问 loopback only' : '';
      throw new Error(`HTTP ${response.status}${why}`);
    }
    latest = await response.json();
    render(latest);
    status.className = 'status';
    status.textContent = `实时 · live — ${new Date(latest.generatedAt).toLocaleTimeString('en-GB')}`;
  } catch (error) {
    status.className = 'status error';
    status.textContent = `无法读取 Could not load insights (${error.message})`;
  }
  // A hidden tab does not poll; it catches up when shown again.
  if (!document.hidden) timer = setTimeout(refresh, POLL_MS);
}

document.addEventListener('visibilitychange', () => (document.hidden ? clearTimeout(timer) : refresh()));
// Charts are drawn at their real width: redraw when it changes.
let lastWidth = 0;
new ResizeObserver(() => {
  const width = document.querySelector('.cards').clientWidth;
  if (latest && width !== lastWidth) render(latest);
  lastWidth = width;
}).observe(document.querySelector('.cards'));
refresh();
