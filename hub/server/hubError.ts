/** A refusal the hub answers with: HTTP status, a stable code and a message in Chinese. */
export class HubError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'HubError';
    this.status = status;
    this.code = code;
  }
}

export const hubErrors = {
  notEnrolled: (id: string) =>
    new HubError(
      401,
      'not_enrolled',
      `安装标识“${id}”未在本交换中心登记，请联系交换中心管理员登记本单位的交换名片。`,
    ),
  revoked: (name: string) =>
    new HubError(401, 'revoked', `“${name}”在本交换中心的登记已被撤销，请联系交换中心管理员。`),
  stale: () =>
    new HubError(401, 'stale', '请求时间与交换中心时间相差超过 5 分钟，请校准本机时钟后重试。'),
  replayed: () => new HubError(401, 'replayed', '此请求已被交换中心处理过（重复的请求），已拒绝。'),
  badSignature: (detail: string) =>
    new HubError(401, 'bad_signature', `请求签名无效（${detail}），已拒绝。`),
  notYours: () => new HubError(403, 'not_yours', '只能读取发给本单位的内容，已拒绝。'),
  wrongSender: () => new HubError(403, 'wrong_sender', '交换件的发送方不是本单位，已拒绝。'),
  badParcel: (detail: string) =>
    new HubError(400, 'bad_parcel', `交换件格式不正确（${detail}），已拒绝。`),
  badParcelSignature: () =>
    new HubError(
      400,
      'bad_parcel_signature',
      '交换件的签名与发送方登记的密钥不符（内容可能被改动），已拒绝。',
    ),
  unknownRecipient: (id: string) =>
    new HubError(
      400,
      'unknown_recipient',
      `收件方“${id}”未在本交换中心登记，或其登记已被撤销，已拒绝。`,
    ),
  badStatement: () =>
    new HubError(400, 'bad_statement', '加密公钥声明无效或不是由本单位的密钥签署的，已拒绝。'),
  badRequest: (detail: string) => new HubError(400, 'bad_request', `请求不正确（${detail}）。`),
  noSealKey: (id: string) =>
    new HubError(404, 'no_seal_key', `“${id}”尚未在交换中心发布加密公钥，或其登记已被撤销。`),
  notFound: () => new HubError(404, 'not_found', '交换中心没有这个接口。'),
  tooLarge: (limitBytes: number) =>
    new HubError(
      413,
      'too_large',
      `请求内容超过交换中心允许的大小（${String(Math.round(limitBytes / 1024 / 1024))} MB），已拒绝。`,
    ),
  unavailable: () => new HubError(503, 'unavailable', '交换中心暂时无法访问数据库，请稍后重试。'),
};
