import type { Role } from '../../../../shared/domain/roles.ts';
import type { UnitKind } from '../../../../shared/domain/units.ts';
import { fixtureId } from './fixtureRows.ts';

/**
 * The county the migration fixtures tell of: one installation, the county news office's, with its
 * units and people. Each fixtureAtVersion module adds what that release's users did with it.
 */
export const fixtureOffice = {
  name: '样本县人民政府新闻办公室',
  installationId: fixtureId('installation'),
} as const;

/** Every fixture user signs in with this password. */
export const fixturePassword = 'fixture-pass-2026';

interface FixtureUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly retiredAt: string | null;
}

const unit = (key: string, name: string, kind: UnitKind, retiredAt: string | null = null) => ({
  id: fixtureId(`unit ${key}`),
  name,
  kind,
  retiredAt,
});

export const fixtureUnits = {
  newsOffice: unit('newsOffice', '县政府新闻办公室', 'newsOffice'),
  countyOffice: unit('countyOffice', '县政府办公室', 'countyOffice'),
  education: unit('education', '县教育体育局', 'department'),
  health: unit('health', '县卫生健康委员会', 'department'),
  township: unit('township', '城关镇人民政府', 'township'),
  archives: unit('archives', '县档案局', 'department', '2026-01-20T02:00:00.000Z'),
} as const satisfies Record<string, FixtureUnit>;

export interface FixtureUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly unitId: string;
  readonly roles: readonly Role[];
  readonly disabledAt: string | null;
  /** The sign-in failures kept on the user until schema 10 moved them to their own table. */
  readonly failedSignIns: number;
  readonly lastFailedAt: string | null;
}

const user = (
  username: string,
  displayName: string,
  unitId: string,
  roles: readonly Role[],
  more: Partial<Pick<FixtureUser, 'disabledAt' | 'failedSignIns' | 'lastFailedAt'>> = {},
): FixtureUser => ({
  id: fixtureId(`user ${username}`),
  username,
  displayName,
  unitId,
  roles,
  disabledAt: more.disabledAt ?? null,
  failedSignIns: more.failedSignIns ?? 0,
  lastFailedAt: more.lastFailedAt ?? null,
});

const { newsOffice, countyOffice, education, township } = fixtureUnits;

export const fixtureUsers = {
  admin: user('admin', '系统管理员', newsOffice.id, ['administrator']),
  reviewer: user('xinwenban', '刘审核', newsOffice.id, ['newsOfficeReviewer']),
  approver: user('zhuguan', '黄审批', countyOffice.id, ['authorityApprover']),
  drafter: user('jiaoyu.jb', '张经办', education.id, ['drafter']),
  unitHead: user('jiaoyu.fzr', '王局长', education.id, ['unitHead']),
  spokesperson: user('jiaoyu.fyr', '钱发言', education.id, ['spokesperson']),
  clearance: user('baomi', '吴保密', newsOffice.id, ['clearanceReviewer']),
  townDrafter: user('chengguan.jb', '陈经办', township.id, ['drafter', 'spokesperson'], {
    failedSignIns: 2,
    lastFailedAt: '2026-01-26T00:40:00.000Z',
  }),
  departed: user('linshi', '李临时', township.id, ['drafter'], {
    disabledAt: '2026-01-28T08:00:00.000Z',
  }),
} as const;
