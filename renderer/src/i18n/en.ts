import { hubEn } from './en/hub.ts';
import { keyCardEn } from './en/keyCard.ts';
import { checkCodeEn } from './en/checkCode.ts';
import { todoEn } from './en/todo.ts';
import { listsEn } from './en/lists.ts';
import { datesEn } from './en/dates.ts';
import { workspaceEn } from './en/workspace.ts';
import { documentNumbersEn } from './en/documentNumbers.ts';
import { adminEn } from './en/admin.ts';
import { materialsEn } from './en/materials.ts';
import { requestsEn } from './en/requests.ts';
import { schedulingEn } from './en/scheduling.ts';
import { transcriptsEn } from './en/transcripts.ts';
import { evaluationEn } from './en/evaluation.ts';
import { concernsEn } from './en/concerns.ts';
import { boardTopicsEn } from './en/boardTopics.ts';
import type { Resources } from './zhCN.ts';

export const en: Resources = {
  app: {
    name: 'Press Workbench',
    subtitle: 'County press releases and open government',
    loading: 'Loading…',
    version: 'Version {{version}} · data version {{schema}}',
    modeWeb: 'Web mode',
    modeDesktop: 'Desktop',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    requests: 'Approval requests',
    materials: 'Materials & clearance',
    schedule: 'Schedule',
    transcripts: 'Live transcript',
    exports: 'Release & archive',
    admin: 'Administration',
  },
  language: {
    label: 'Interface language',
    switchTo: '中文',
    switchHint: '切换到中文',
  },
  punctuation: {
    listSeparator: ', ',
    colon: ': ',
    labelled: '{{label}}: {{value}}',
    bracketed: ' ({{text}})',
  },
  home: {
    title: 'Home',
    welcome: 'Welcome to the Press Workbench',
    intro:
      "Following the county government's rules on press releases, the workbench guides each unit through the approval request, clearance of materials, scheduling, the live transcript and the release.",
    stagesTitle: 'The workflow',
    stages: {
      request: 'Request: approval by the news office and the competent authority',
      materials: 'Materials: statement, press release, talking points; confidentiality review',
      schedule: 'Schedule: a press conference every quarter, two online interviews a year',
      transcript: 'Transcript: the spokesperson and the reporters, captured live',
      release: 'Release: Word files in the national document layout',
    },
  },
  header: {
    signedInAs: '{{name}} · {{unit}}',
    signOut: 'Sign out',
    noUnit: 'No unit',
  },
  roles: {
    drafter: 'Drafter',
    spokesperson: 'Spokesperson',
    unitHead: 'Unit head',
    newsOfficeReviewer: 'News-office reviewer',
    authorityApprover: 'Competent-authority approver',
    clearanceReviewer: 'Clearance reviewer',
    administrator: 'Administrator',
  },
  unitKinds: {
    township: 'Township government',
    parkCommittee: 'Industrial park committee',
    department: 'County department',
    countyOffice: 'County government office',
    newsOffice: 'County news office',
    infoCenter: 'County information centre',
    opinionMonitor: 'Public-opinion monitoring',
  },
  setup: {
    title: 'First-run setup',
    intro:
      'Enter the office this workbench belongs to, its organisation units and the first administrator. The administrator can add other users afterwards.',
    officeName: 'Office',
    officeNameHint: 'For example: the news office of the county government',
    unitsTitle: 'Organisation units',
    unitName: 'Unit name',
    unitKind: 'Kind of unit',
    addUnit: 'Add a unit',
    removeUnit: 'Remove this unit',
    adminTitle: 'First administrator',
    adminUnit: "Administrator's unit",
    username: 'Username',
    usernameHint: 'Letters, digits, dot, underscore or hyphen; 2 to 32 characters',
    displayName: 'Name',
    password: 'Password',
    passwordHint: 'At least 8 characters',
    confirmPassword: 'Repeat the password',
    passwordsDiffer: 'The two passwords differ.',
    problemCount: '{{count}} fields need changing; each is marked beside it.',
    problemCount_one: '{{count}} field needs changing; it is marked beside it.',
    submit: 'Finish setup',
  },
  signIn: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    locked: 'The workbench locked itself after a period without activity. Please sign in again.',
  },
  errors: {
    generic: 'The action did not complete: {{message}}',
    forbiddenTitle: 'No access',
    forbidden: 'You do not have permission to open “{{screen}}”.',
    forbiddenHint:
      'This page is open only to users with the matching duties. Ask your office’s administrator for the role if you need it.',
    notFoundTitle: 'Page not found',
    notFound: 'No page has the address “{{route}}”.',
    backHome: 'Back to the home page',
    transportRefused:
      'The connection key is invalid or has expired. Open the workbench again at the address it printed when it started (WORKBENCH_URL).',
    serverBusy: 'The server is busy. Please try again shortly.',
    transportFailed:
      'The connection to the workbench service failed (HTTP {{status}}). Please try again.',
  },
  admin: adminEn,
  requests: requestsEn,
  scheduling: schedulingEn,
  materials: materialsEn,
  transcripts: transcriptsEn,
  evaluation: evaluationEn,
  concerns: concernsEn,
  boardTopics: boardTopicsEn,
  workspace: workspaceEn,
  documentNumbers: documentNumbersEn,
  todo: todoEn,
  lists: listsEn,
  dates: datesEn,
  checkCode: checkCodeEn,
  keyCard: keyCardEn,
  hub: hubEn,
};
