import { AppError } from '../appError.ts';

const nothingImported = '未导入任何内容';

/** The refusals of the exchange, each with its own code and a message a user can act on. */
export const exchangeErrors = {
  notSetUp: () =>
    new AppError('exchange_not_set_up', '本工作台尚未完成初始设置，不能与其他单位交换数据。'),
  tampered: (detail: string) =>
    new AppError(
      'exchange_tampered',
      `交换包已损坏或被改动（${detail}），${nothingImported}。请让发送方重新导出后再导入。`,
    ),
  unsupportedVersion: (version: number) =>
    new AppError(
      'exchange_unsupported_version',
      `此交换包由更新版本的工作台导出（格式版本 ${version}），${nothingImported}。请升级工作台后再导入。`,
    ),
  ownPackage: () =>
    new AppError(
      'exchange_own_package',
      `此交换包是本工作台自己导出的，${nothingImported}。请把它交给收件方导入。`,
    ),
  wrongRecipient: (recipientName: string, ownName: string) =>
    new AppError(
      'exchange_wrong_recipient',
      `此交换包是发给“${recipientName}”的，不是发给本工作台（${ownName}）的，${nothingImported}。请把它交给收件方导入。`,
    ),
  unknownSigner: (name: string, installationId: string) =>
    new AppError(
      'exchange_unknown_signer',
      `交换包的发送方“${name}”（安装标识 ${installationId}）未在本工作台登记，${nothingImported}。请管理员先登记对方的交换名片，并与对方电话核对指纹。`,
    ),
  revokedSigner: (name: string) =>
    new AppError(
      'exchange_unknown_signer',
      `交换包的发送方“${name}”的登记已被撤销，${nothingImported}。如对方更换了密钥，请管理员登记对方新的交换名片并电话核对指纹。`,
    ),
  missingRecord: (name: string, seq: number) =>
    new AppError(
      'exchange_out_of_order',
      `来自“${name}”的第 ${seq} 号交换记录尚未导入，${nothingImported}。请先导入含有第 ${seq} 号记录的交换包（较早导出的那个），再导入本包。`,
    ),
  brokenLink: (name: string, seq: number) =>
    new AppError(
      'exchange_out_of_order',
      `来自“${name}”的第 ${seq} 号交换记录与本工作台已有的第 ${seq - 1} 号记录衔接不上，${nothingImported}。请管理员与对方核对交换记录。`,
    ),
  conflict: (name: string, seqs: readonly number[]) =>
    new AppError(
      'exchange_conflict',
      `来自“${name}”的第 ${seqs.join('、')} 号交换记录与本工作台已收到的同号记录内容不同，${nothingImported}。这些记录已隔离，等待管理员处理；可能是对方从备份恢复后重复使用了序号，请管理员与对方核对。`,
    ),
  unknownKind: (kind: string) =>
    new AppError(
      'exchange_unknown_kind',
      `交换包中有本版本无法处理的记录（类型“${kind}”），${nothingImported}。请升级工作台后再导入。`,
    ),
  badCard: (detail: string) =>
    new AppError(
      'exchange_bad_card',
      `交换名片无法识别（${detail}）。请完整复制对方“交换身份”页上的名片文字后再登记。`,
    ),
  ownCard: () =>
    new AppError('exchange_own_card', '这是本工作台自己的交换名片。请登记对方工作台的名片。'),
  peerExists: (name: string) =>
    new AppError(
      'exchange_peer_exists',
      `已登记过此工作台（“${name}”）。如对方更换了密钥，请先撤销原登记再登记新名片。`,
    ),
  unknownPeer: (installationId: string) =>
    new AppError(
      'exchange_unknown_peer',
      `收件方（安装标识 ${installationId}）未登记或登记已被撤销，不能向其发送。请管理员先登记对方的交换名片。`,
    ),
};
