import type { CoreMessages } from './core.js';

/** 简体中文。用词简短、口语化，方便老年用户理解。 */
const messages: CoreMessages = {
  close: '关闭',
  loading: '正在加载',
  optional: '选填',
  errorPrefix: '错误：',
  retry: '重试',
  pinPad: (length) => `输入 ${length} 位密码`,
  pinProgress: (entered, length) => `已输入 ${entered} 位，共 ${length} 位`,
  pinDelete: '删除',
  validation: {
    REQUIRED: () => '此项必填',
    TOO_SHORT: ({ min }) => `至少需要 ${min} 个字符`,
    TOO_LONG: ({ max }) => `最多 ${max} 个字符`,
    PATTERN: () => '格式不正确',
    EMAIL_FORMAT: () => '请输入正确的邮箱地址，例如 name@example.com',
    MOBILE_FORMAT: () => '请输入 11 位手机号码',
    ID_FORMAT: () => '请输入 18 位居民身份证号码',
    ID_CHECK_DIGIT: () => '身份证号码有误，请核对最后一位',
    ID_BIRTH_DATE: () => '身份证号码中的出生日期无效',
    ID_UNDER_AGE: ({ min }) => `申请人须年满 ${min} 周岁`,
    CARD_LENGTH: () => '银行卡号应为 16 至 19 位数字',
    CARD_CHECKSUM: () => '银行卡号有误，请核对',
    NAME_FORMAT: () => '请填写身份证上的姓名',
    OTP_FORMAT: ({ length }) => `请输入 ${length} 位验证码`,
    INVALID: () => '填写内容有误，请检查',
  },
  errors: {
    network: '网络连接失败，请检查网络后重试',
    timeout: '请求超时，请稍后重试',
    auth: '登录已过期，请重新登录',
    validation: '填写内容有误，请检查后再提交',
    declined: '操作未通过',
    rate_limited: '操作太频繁，请稍后再试',
    server: '服务暂时不可用，请稍后重试',
    cancelled: '已取消',
    unknown: '出现问题，请稍后重试',
  },
};

export default messages;
