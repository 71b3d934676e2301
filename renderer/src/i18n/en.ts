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
  errors: {
    generic: 'The action did not complete: {{message}}',
  },
};
