import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../../shared/contract/channels.ts';
import { createCore, type Core } from '../createCore.ts';
import { databaseSnapshot } from '../testing/databaseSnapshot.ts';
import { httpRequest, rpcHeaders } from '../testing/httpRequest.ts';
import {
  exampleVariants,
  inputJsonSchema,
  malformedInputs,
  unboundedPaths,
} from '../testing/malformedInputs.ts';
import { tempFolder } from '../testing/tempFolder.ts';
import { startWebServer, type WebServer } from '../web/webServer.ts';
import { signInWithEveryRole } from '../testing/signInWithEveryRole.ts';

/**
 * One test over the whole contract, so a channel added later is covered without writing a test:
 * every input is bounded, and each generated malformed input (nested objects included) is refused
 * over /rpc by a user who holds every role (so the refusal comes from the schema, not the
 * permission check) with a 200 and `invalid_input`, never a 500, changes nothing, and leaves the
 * server serving.
 */
const folder = tempFolder();
const token = 'contract-token-0123456789';
let core: Core;
let web: WebServer;
let client: string;

beforeAll(async () => {
  const rendererDir = join(folder.path, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  core = createCore({ dataDir: join(folder.path, 'data'), mode: 'web' });
  web = await startWebServer({ router: core.router, rendererDir, token });
  client = await signInWithEveryRole(core);
});

afterAll(async () => {
  await web.close();
  core.close();
  folder.remove();
});

const call = async (channel: string, input: unknown) => {
  const response = await httpRequest({
    port: web.port,
    method: 'POST',
    path: '/rpc',
    headers: rpcHeaders(web.port, token, client),
    body: JSON.stringify({ channel, input }),
  });
  return { status: response.status, body: JSON.parse(response.body) as Record<string, unknown> };
};

describe.each(channelNames)('channel %s', (name) => {
  const schema = inputJsonSchema(channels[name].input);

  it('bounds every string and list and rejects unknown keys', () => {
    expect(unboundedPaths(schema)).toEqual([]);
  });

  it('accepts the generated examples, so each malformed case breaks exactly one thing', () => {
    for (const example of exampleVariants(schema)) {
      const parsed = channels[name].input.safeParse(example);
      expect(parsed.error?.issues ?? [], JSON.stringify(example)).toEqual([]);
    }
  });

  it('refuses every malformed input over /rpc, changes nothing, and keeps serving', async () => {
    const before = databaseSnapshot(core.db);
    const answers: { name: string; status: number; body: Record<string, unknown> }[] = [];
    for (const malformed of malformedInputs(schema)) {
      answers.push({ name: malformed.name, ...(await call(name, malformed.input)) });
    }
    expect(answers.filter((answer) => answer.status === 500).map((a) => a.name)).toEqual([]);
    for (const { name: which, status, body } of answers) {
      expect(status, which).toBe(200);
      expect(body, which).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      // '输入有误。' and the issues: the schema refused it, rather than throwing while checking it.
      expect((body['error'] as { message: string }).message, which).toMatch(/^输入有误。/);
    }
    expect(databaseSnapshot(core.db)).toBe(before);
    expect((await call('app:info', {})).body).toMatchObject({ ok: true });
  });
});
