import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultComplianceSettings } from '../../../shared/domain/schedulingSettings.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { AppError } from '../appError.ts';
import type { Handlers } from './handlers.ts';
import { createRouter } from './router.ts';

const admin: Actor = {
  userId: 'u1',
  username: 'admin',
  displayName: '管理员',
  roles: ['administrator'],
  unitId: null,
};

function routerWith(overrides: Partial<Handlers>, actor: Actor | 'locked' | null = null) {
  const handlers = {
    'app:info': () => ({
      productName: 'x',
      version: '1',
      schemaVersion: 1,
      mode: 'web' as const,
      setupRequired: false,
    }),
    'search:query': () => [],
    ...overrides,
  } as Handlers;
  const errors: unknown[] = [];
  const router = createRouter({
    handlers,
    sessions: { actorFor: () => actor },
    logError: (error) => errors.push(error),
  });
  return { router, errors };
}

describe('router', () => {
  it('returns the value of a public channel', async () => {
    const { router } = routerWith({});
    const result = await router.dispatch('app:info', {}, 'c1');
    expect(result).toMatchObject({ ok: true, value: { productName: 'x' } });
  });

  it('refuses an unknown channel, including inherited property names', async () => {
    const { router } = routerWith({});
    for (const name of ['nope:nothing', 'toString', '__proto__', 42]) {
      const result = await router.dispatch(name, {}, 'c1');
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('refuses a signed-in channel without a session, and tells a locked session apart', async () => {
    expect(
      await routerWith({}).router.dispatch('search:query', { text: '防汛' }, 'c1'),
    ).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    expect(
      await routerWith({}, 'locked').router.dispatch('search:query', { text: '防汛' }, 'c1'),
    ).toMatchObject({ ok: false, error: { code: 'session_locked' } });
  });

  it('rejects invalid input with a Chinese message naming the field', async () => {
    const { router } = routerWith({}, admin);
    const result = await router.dispatch('search:query', { text: 5 }, 'c1');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(/输入有误.*text/);
    }
  });

  it('turns an AppError into its code and message, and hides anything else', async () => {
    const { router, errors } = routerWith(
      {
        'search:query': () => {
          throw new AppError('conflict', '已被他人修改');
        },
        'app:info': () => {
          throw new TypeError('secret stack detail');
        },
      },
      admin,
    );
    expect(await router.dispatch('search:query', { text: 'a' }, 'c1')).toEqual({
      ok: false,
      error: { code: 'conflict', message: '已被他人修改' },
    });
    const hidden = await router.dispatch('app:info', {}, 'c1');
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('secret');
    expect(errors).toHaveLength(1);
  });
});

describe('router, when a schema throws while parsing', () => {
  const marker = '秘密-420106199001011234';
  const boom = (): never => {
    throw new RangeError(`bad value ${marker}`);
  };
  // One channel per kind of schema, each throwing from its refinement, transform or hook.
  const throwingSchemas: Record<string, [z.ZodType, unknown]> = {
    'object:refine': [z.strictObject({ text: z.string().max(40) }).refine(boom), { text: marker }],
    'string:refine': [z.string().max(40).refine(boom), marker],
    'string:superRefine': [z.string().max(40).superRefine(boom), marker],
    'string:check': [z.string().max(40).check(boom), marker],
    'number:refine': [z.number().refine(boom), 7],
    'array:refine': [z.array(z.string().max(40)).max(3).refine(boom), [marker]],
    'tuple:refine': [z.tuple([z.string().max(40)]).refine(boom), [marker]],
    'record:refine': [z.record(z.string().max(40), z.string().max(40)).refine(boom), { a: marker }],
    'union:refine': [z.union([z.string().max(40).refine(boom), z.number()]), marker],
    'discriminatedUnion:refine': [
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('a'), text: z.string().max(40).refine(boom) }),
        z.strictObject({ kind: z.literal('b') }),
      ]),
      { kind: 'a', text: marker },
    ],
    'intersection:refine': [
      z.intersection(z.object({ a: z.string().max(40) }), z.object({ b: z.number() })).refine(boom),
      { a: marker, b: 1 },
    ],
    'nested:refine': [
      z.strictObject({ outer: z.strictObject({ date: z.string().max(40).refine(boom) }) }),
      { outer: { date: marker } },
    ],
    'optional:refine': [
      z.strictObject({ text: z.string().max(40).refine(boom).optional() }),
      { text: marker },
    ],
    'default:refine': [z.strictObject({ text: z.string().max(40).default('x') }).refine(boom), {}],
    transform: [z.string().max(40).transform(boom), marker],
    preprocess: [z.preprocess(boom, z.string()), marker],
    'pipe:refine': [z.string().max(40).pipe(z.string().refine(boom)), marker],
    'codec:decode': [
      z.codec(z.string().max(40), z.number(), { decode: boom, encode: String }),
      marker,
    ],
    'lazy:refine': [z.lazy(() => z.string().max(40).refine(boom)), marker],
    catch: [z.string().catch(boom), 12345],
    custom: [z.custom<string>(boom), marker],
    'async refine': [
      z
        .string()
        .max(40)
        .refine(async () => boom()),
      marker,
    ],
    'throws a non-error': [
      z.string().refine(() => {
        throw marker;
      }),
      marker,
    ],
  };

  function throwingRouter() {
    const entries = Object.entries(throwingSchemas);
    const names = entries.map(([name]) => name);
    const channels = Object.fromEntries(
      entries.map(([name, [input]]) => [name, { input, access: 'public' as const }]),
    );
    const handled: string[] = [];
    const handlers = Object.fromEntries(names.map((name) => [name, () => handled.push(name)]));
    const logged: unknown[] = [];
    const router = createRouter({
      handlers: handlers as unknown as Handlers,
      sessions: { actorFor: () => null },
      logError: (error) => logged.push(error),
      channels,
    });
    return { router, handled, logged };
  }

  it.each(Object.entries(throwingSchemas))(
    '%s: refuses the input in Chinese, logs once without the input, runs no handler',
    async (name, [, input]) => {
      const { router, handled, logged } = throwingRouter();
      const result = await router.dispatch(name, input, 'c1');
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(JSON.stringify(result)).toMatch(/输入有误/);
      expect(JSON.stringify(result)).not.toContain(marker);
      expect(handled).toEqual([]);
      expect(logged).toHaveLength(1);
      expect(String(logged[0])).toContain(name);
      expect(String(logged[0])).not.toContain(marker);
    },
  );

  it('refuses a filing deadline of the wrong shape without throwing (settings:update)', async () => {
    const updated: unknown[] = [];
    const { router, errors } = routerWith(
      {
        'settings:update': (input) => {
          updated.push(input);
          throw new Error('not reached');
        },
      },
      admin,
    );
    for (const deadline of ['13-01', 'x', '12-3', '1231', '02-29', '02-30']) {
      const result = await router.dispatch(
        'settings:update',
        { compliance: { ...defaultComplianceSettings, spokespersonFilingDeadline: deadline } },
        'c1',
      );
      expect(result, deadline).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(JSON.stringify(result), deadline).toMatch(/请按“月-日”填写|该日期不存在/);
    }
    expect(updated).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('turns a throw outside the handler (the session lookup) into an internal error', async () => {
    const logged: unknown[] = [];
    const router = createRouter({
      handlers: {} as Handlers,
      sessions: {
        actorFor: () => {
          throw new Error('database is locked');
        },
      },
      logError: (error) => logged.push(error),
    });
    expect(await router.dispatch('app:info', {}, 'c1')).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect(logged).toHaveLength(1);
  });
});
