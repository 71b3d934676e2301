/** Chinese (default) UI text. Every key here must exist in en.ts too (the type checker enforces it). */
export const zhCN = {
  app: {
    name: '新闻发布工作台',
    subtitle: '县政府新闻发布与政务公开',
    loading: '正在载入…',
    version: '版本 {{version}} · 数据版本 {{schema}}',
    modeWeb: '网页模式',
    modeDesktop: '桌面模式',
  },
  nav: {
    label: '主导航',
    home: '首页',
    requests: '报批',
    materials: '材料与审查',
    schedule: '排期',
    transcripts: '现场实录',
    exports: '发布与归档',
    admin: '系统管理',
  },
  language: {
    label: '界面语言',
    switchTo: 'English',
    switchHint: 'Switch to English',
  },
  home: {
    title: '工作台首页',
    welcome: '欢迎使用新闻发布工作台',
    intro:
      '本工作台按照县政府关于新闻发布工作的实施意见,引导各单位完成发布会报批、材料审查、排期、现场实录和发布归档。',
    stagesTitle: '工作流程',
    stages: {
      request: '报批:经县政府新闻办公室和有关主管部门审批同意',
      materials: '材料与审查:发布辞、通稿、答问口径,保密审查与会签',
      schedule: '排期:每季度至少一次发布会,每年至少两次在线访谈',
      transcript: '现场实录:记录发言人与记者问答',
      release: '发布与归档:导出符合公文格式的 Word 文件',
    },
  },
  errors: {
    generic: '操作未能完成:{{message}}',
  },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Resources = Strings<typeof zhCN>;
