import { randomUUID } from 'node:crypto';
import type { RunningWebApp } from './webApp.ts';

/** Calls /rpc the way the renderer does, for arranging data a test is not about. */
export async function rpc(
  app: RunningWebApp,
  channel: string,
  input: unknown,
  client = `e2e-${randomUUID()}`,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`${app.origin}/rpc`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Workbench-Token': app.token,
      'X-Workbench-Client': client,
    },
    body: JSON.stringify({ channel, input }),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

export const adminCredentials = { username: 'admin', password: 'admin-pass-2026' } as const;

/** First-run setup through /rpc: the office, three units and the administrator. */
export async function setUpOffice(app: RunningWebApp): Promise<void> {
  const result = await rpc(app, 'setup:initialize', {
    officeName: '示范县人民政府新闻办公室',
    units: [
      { name: '县政府新闻办公室', kind: 'newsOffice' },
      { name: '县教育体育局', kind: 'department' },
      { name: '城关镇人民政府', kind: 'township' },
    ],
    adminUnitIndex: 0,
    admin: { ...adminCredentials, displayName: '王管理' },
  });
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result)}`);
}
