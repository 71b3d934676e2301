/** Chinese UI text of the exchange hub (交换中心) section of 系统管理 → 数据交换. */
export const hubZh = {
  title: '交换中心',
  intro:
    '设置县政府信息中心提供的交换中心地址后，本工作台发出的交换记录自动经交换中心送达对方，收到的记录自动导入（与导入数据包的核验相同）。交换中心不可用时，记录暂存本机并自动重试，仍可用数据包交换。',
  address: '交换中心地址',
  addressHint: '例如 http://10.1.2.3:8800；留空并保存即停用交换中心。',
  save: '保存',
  saved: '已保存交换中心地址。',
  cleared: '已停用交换中心，今后仅以数据包交换。',
  unchanged: '地址未改变。',
  syncNow: '立即同步',
  syncing: '正在同步…',
  state: '状态',
  states: {
    off: '未启用',
    connecting: '正在连接…',
    connected: '已连接',
    offline: '离线',
  },
  offlineSince: '离线（自 {{at}} 起）',
  lastSync: '上次同步',
  never: '尚未同步',
  lastError: '最近的问题',
  peersTitle: '各单位收发情况',
  columns: {
    name: '对方单位',
    waiting: '待发送',
    received: '已收到',
    lastReceived: '最近收到',
    problem: '问题',
  },
  noPeers: '尚未登记对方工作台。',
} as const;
