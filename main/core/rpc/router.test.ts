import { describe, expect, it } from 'vitest';
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
