import { z } from 'zod';
import { channels, isChannelName } from '../../../shared/contract/channels.ts';
import { errorCodes } from '../../../shared/contract/errorCodes.ts';
import { failure, ok, type Result } from '../../../shared/contract/result.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import { AppError } from '../appError.ts';
import type { Handlers, SessionResolver } from './handlers.ts';

z.config(z.locales.zhCN());

export interface Router {
  dispatch(channel: unknown, input: unknown, clientKey: string): Promise<Result<unknown>>;
}

export interface RouterOptions {
  readonly handlers: Handlers;
  readonly sessions: SessionResolver;
  readonly now?: () => Date;
  readonly logError?: (error: unknown) => void;
}

/**
 * The one entry to the core: parse the input against the channel's schema, check the caller's
 * access, run the handler, and return a Result. Nothing thrown crosses this function.
 */
export function createRouter(options: RouterOptions): Router {
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error) => console.error(error));

  return {
    async dispatch(channelName, rawInput, clientKey) {
      if (!isChannelName(channelName)) {
        return failure(errorCodes.unknownChannel, '请求的功能不存在。');
      }
      const channel = channels[channelName];
      const at = now();
      const actor = options.sessions.actorFor(clientKey, at, channel.passive !== true);
      const denied = checkAccess(channel.access, actor);
      if (denied) return denied;

      const parsed = channel.input.safeParse(rawInput);
      if (!parsed.success) return failure(errorCodes.invalidInput, describeIssues(parsed.error));

      try {
        const handler = options.handlers[channelName] as (
          input: unknown,
          context: { clientKey: string; actor: Actor | null; now: Date },
        ) => unknown;
        const value = await handler(parsed.data, {
          clientKey,
          actor: actor === 'locked' ? null : actor,
          now: at,
        });
        return ok(value);
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toPayload() };
        logError(error);
        return failure(
          errorCodes.internal,
          '操作未能完成，发生了内部错误。数据未被更改，请重试；如仍失败请联系管理员。',
        );
      }
    },
  };
}

function checkAccess(
  access: (typeof channels)[keyof typeof channels]['access'],
  actor: Actor | 'locked' | null,
): Result<never> | null {
  if (access === 'public') return null;
  if (actor === 'locked')
    return failure('session_locked', '长时间未操作，工作台已锁定。请重新登录。');
  if (actor === null) return failure(errorCodes.notSignedIn, '请先登录。');
  if (access === 'signedIn') return null;
  if (!hasPermission(actor.roles, access)) {
    return failure(errorCodes.forbidden, '您的角色没有执行此操作的权限。');
  }
  return null;
}

function describeIssues(error: z.ZodError): string {
  const details = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? `“${issue.path.join('.')}”` : '输入';
    return `${where}：${issue.message}`;
  });
  return `输入有误。${details.join('；')}`;
}
