import { z } from 'zod';
import type { Access } from '../../../shared/contract/channel.ts';
import { channels as contractChannels } from '../../../shared/contract/channels.ts';
import { errorCodes } from '../../../shared/contract/errorCodes.ts';
import { failure, ok, type Result } from '../../../shared/contract/result.ts';
import type { Actor } from '../../../shared/domain/actor.ts';
import { hasPermission } from '../../../shared/domain/permissions.ts';
import { AppError } from '../appError.ts';
import type { Handlers } from './handlers.ts';
import type { SessionResolver } from '../callContext.ts';

z.config(z.locales.zhCN());

export interface Router {
  dispatch(channel: unknown, input: unknown, clientKey: string): Promise<Result<unknown>>;
}

/** What the router needs of a channel: its schema and who may call it. */
export interface RoutedChannel {
  readonly input: z.ZodType;
  readonly access: Access;
  readonly passive?: boolean;
}

export interface RouterOptions {
  readonly handlers: Handlers;
  readonly sessions: SessionResolver;
  readonly now?: () => Date;
  readonly logError?: (error: unknown) => void;
  /** The contract's channels unless a test routes its own. */
  readonly channels?: Readonly<Record<string, RoutedChannel>>;
}

/**
 * The one entry to the core: parse the input against the channel's schema, check the caller's
 * access, run the handler, and return a Result. Nothing thrown crosses this function.
 */
export function createRouter(options: RouterOptions): Router {
  const now = options.now ?? (() => new Date());
  const logError = options.logError ?? ((error) => console.error(error));
  const channels: Readonly<Record<string, RoutedChannel>> = options.channels ?? contractChannels;

  async function route(channelName: unknown, rawInput: unknown, clientKey: string) {
    if (typeof channelName !== 'string' || !Object.hasOwn(channels, channelName)) {
      return failure(errorCodes.unknownChannel, '请求的功能不存在。');
    }
    const channel = channels[channelName] as RoutedChannel;
    const at = now();
    const actor = options.sessions.actorFor(clientKey, at, channel.passive !== true);
    const denied = checkAccess(
      channel.access,
      actor,
      () => options.sessions.endedBecause?.(clientKey) ?? null,
    );
    if (denied) return denied;

    let parsed: z.ZodSafeParseResult<unknown>;
    try {
      parsed = await channel.input.safeParseAsync(rawInput);
    } catch (error) {
      // A refinement or transform that throws is a bug in the schema, but the input is what made
      // it throw: refuse it, and log where it happened without the input or the error's message.
      logError(schemaFault(channelName, error));
      return failure(errorCodes.invalidInput, '输入有误，无法校验所填内容。请检查后重试。');
    }
    if (!parsed.success) return failure(errorCodes.invalidInput, describeIssues(parsed.error));

    const handler = (options.handlers as Record<string, unknown>)[channelName] as (
      input: unknown,
      context: { clientKey: string; actor: Actor | null; now: Date },
    ) => unknown;
    const value = await handler(parsed.data, {
      clientKey,
      actor: actor === 'locked' ? null : actor,
      now: at,
    });
    return ok(value);
  }

  return {
    async dispatch(channelName, rawInput, clientKey) {
      try {
        return await route(channelName, rawInput, clientKey);
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

/** The channel, the kind of error and its stack frames; never its message, which may quote input. */
function schemaFault(channel: string, error: unknown): string {
  const kind = error instanceof Error ? error.name : typeof error;
  const frames =
    error instanceof Error
      ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line))
      : [];
  return [`Input validation of "${channel}" threw ${kind}; the call was refused.`, ...frames].join(
    '\n',
  );
}

function checkAccess(
  access: Access,
  actor: Actor | 'locked' | null,
  endedBecause: () => string | null,
): Result<never> | null {
  if (access === 'public') return null;
  if (actor === 'locked')
    return failure('session_locked', '长时间未操作，工作台已锁定。请重新登录。');
  if (actor === null) {
    const reason = endedBecause();
    return reason
      ? failure('session_ended', reason)
      : failure(errorCodes.notSignedIn, '请先登录。');
  }
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
