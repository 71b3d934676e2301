import { roleNames, unitKindNames } from '../../../shared/text/chineseNames.ts';
import { hubZh } from './zh/hub.ts';
import { keyCardZh } from './zh/keyCard.ts';
import { checkCodeZh } from './zh/checkCode.ts';
import { todoZh } from './zh/todo.ts';
import { listsZh } from './zh/lists.ts';
import { datesZh } from './zh/dates.ts';
import { workspaceZh } from './zh/workspace.ts';
import { documentNumbersZh } from './zh/documentNumbers.ts';
import { adminZh } from './zh/admin.ts';
import { materialsZh } from './zh/materials.ts';
import { requestsZh } from './zh/requests.ts';
import { schedulingZh } from './zh/scheduling.ts';
import { transcriptsZh } from './zh/transcripts.ts';
import { evaluationZh } from './zh/evaluation.ts';
import { concernsZh } from './zh/concerns.ts';
import { boardTopicsZh } from './zh/boardTopics.ts';

/**
 * Chinese (default) UI text. Every key here must exist in en.ts too (the type checker enforces it).
 * Each feature keeps its text in its own file under zh/ and en/; this file puts them together.
 */
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
  punctuation: {
    listSeparator: '、',
    colon: '：',
    labelled: '{{label}}：{{value}}',
    bracketed: '（{{text}}）',
  },
  home: {
    title: '工作台首页',
    welcome: '欢迎使用新闻发布工作台',
    intro:
      '本工作台按照县政府关于新闻发布工作的实施意见，引导各单位完成发布会报批、材料审查、排期、现场实录和发布归档。',
    stagesTitle: '工作流程',
    stages: {
      request: '报批：经县政府新闻办公室和有关主管部门审批同意',
      materials: '材料与审查：发布辞、通稿、答问口径，保密审查与会签',
      schedule: '排期：每季度至少一次发布会，每年至少两次在线访谈',
      transcript: '现场实录：记录发言人与记者问答',
      release: '发布与归档：导出符合公文格式的 Word 文件',
    },
  },
  header: {
    signedInAs: '{{name}} · {{unit}}',
    signOut: '退出登录',
    noUnit: '未分配单位',
  },
  roles: roleNames,
  unitKinds: unitKindNames,
  setup: {
    title: '首次设置',
    intro: '请填写本单位名称、组织单位和第一位管理员。设置完成后，管理员可以添加其他用户。',
    officeName: '本工作台所属单位',
    officeNameHint: '例如：某某县人民政府新闻办公室',
    unitsTitle: '组织单位',
    unitName: '单位名称',
    unitKind: '单位类别',
    addUnit: '添加单位',
    removeUnit: '删除此单位',
    adminTitle: '第一位管理员',
    adminUnit: '管理员所属单位',
    username: '用户名',
    usernameHint: '字母、数字、点、下划线或连字符，2 至 32 位',
    displayName: '姓名',
    password: '密码',
    passwordHint: '至少 8 位',
    confirmPassword: '再次输入密码',
    passwordsDiffer: '两次输入的密码不一致。',
    problemCount: '还有 {{count}} 处需要修改，已在相应栏目旁注明。',
    submit: '完成设置',
  },
  signIn: {
    title: '登录',
    username: '用户名',
    password: '密码',
    submit: '登录',
    locked: '长时间未操作，工作台已锁定。请重新登录。',
  },
  errors: {
    generic: '操作未能完成：{{message}}',
    forbiddenTitle: '无权访问',
    forbidden: '您没有权限访问「{{screen}}」。',
    forbiddenHint: '这一页面只对有相应职责的用户开放。如需使用，请联系本单位的系统管理员分配角色。',
    notFoundTitle: '找不到页面',
    notFound: '地址“{{route}}”没有对应的页面。',
    backHome: '返回首页',
    transportRefused:
      '连接凭据无效或已过期。请使用工作台启动时输出的地址（WORKBENCH_URL）重新打开。',
    serverBusy: '服务器繁忙，请稍后重试。',
    transportFailed: '与工作台服务的连接出错（HTTP {{status}}），请重试。',
  },
  admin: adminZh,
  requests: requestsZh,
  scheduling: schedulingZh,
  materials: materialsZh,
  transcripts: transcriptsZh,
  evaluation: evaluationZh,
  concerns: concernsZh,
  boardTopics: boardTopicsZh,
  workspace: workspaceZh,
  documentNumbers: documentNumbersZh,
  todo: todoZh,
  lists: listsZh,
  dates: datesZh,
  checkCode: checkCodeZh,
  keyCard: keyCardZh,
  hub: hubZh,
} as const;

/**
 * The texts of another language, key for key. Beside a text, English may give its singular form
 * as `key_one` (i18next plurals: with `count` 1 it reads `key_one`; any other count finds no
 * `key_other` and reads `key`). Chinese has one form, so the Chinese keys have no suffix.
 */
type Strings<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]>;
} & { readonly [K in keyof T as T[K] extends string ? `${K & string}_one` : never]?: string };
export type Resources = Strings<typeof zhCN>;
