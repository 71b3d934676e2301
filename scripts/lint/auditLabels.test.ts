import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  auditActionLabel,
  auditSubjectLabel,
  hasAuditActionLabel,
  hasAuditSubjectLabel,
} from '../../shared/domain/auditLabels.ts';
import { decisionKinds } from '../../shared/domain/requests.ts';
import { requestActions } from '../../shared/rules/requestWorkflow.ts';

const core = join(import.meta.dirname, '..', '..', 'main', 'core');

function coreSources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : coreSources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const quoted = (line: string) =>
  [...line.matchAll(/'([a-z][A-Za-z]*(?:\.[A-Za-z]+)*)'/g)].map((match) => match[1] ?? '');

/** Every action and subject kind main writes into the audit log, read from its sources. */
function writtenCodes(): { actions: Set<string>; subjects: Set<string> } {
  const actions = new Set<string>([
    ...requestActions.map((action) => `request.${action}`),
    ...decisionKinds,
  ]);
  const subjects = new Set<string>();
  for (const file of coreSources(core)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const after = (key: string) => line.slice(line.indexOf(key));
      if (/\baction: /.test(line)) quoted(after('action: ')).forEach((code) => actions.add(code));
      if (/\bsubjectKind: /.test(line)) {
        quoted(after('subjectKind: ')).forEach((code) => subjects.add(code));
      }
      // transcriptDeliverables.ts: audit(deps, actor, context, requestId, 'deliverableAdded', …)
      const deliverable = /\baudit\(deps, actor, context, [\w.]+, '(\w+)'/.exec(line);
      if (deliverable) actions.add(`transcript.${deliverable[1] ?? ''}`);
    }
  }
  return { actions, subjects };
}

describe('audit labels', () => {
  it('names every action and subject main writes, so the log never shows a bare code', () => {
    const { actions, subjects } = writtenCodes();
    expect(actions.size).toBeGreaterThan(60);
    expect([...actions].filter((action) => !hasAuditActionLabel(action))).toEqual([]);
    expect([...subjects].filter((kind) => !hasAuditSubjectLabel(kind))).toEqual([]);
  });

  it('reads an unknown code as 其他操作 rather than the code alone', () => {
    expect(auditActionLabel('session.signIn')).toBe('登录');
    expect(auditActionLabel('request.approve', 'en')).toBe('Approved');
    expect(auditSubjectLabel('installation')).toBe('本工作台');
    expect(auditActionLabel('future.thing')).toBe('其他操作（future.thing）');
  });
});
