import type { ChannelName } from '../../../shared/contract/channels.ts';
import type { ConcernDetail } from '../../../shared/domain/concerns.ts';
import type { MaterialDetail } from '../../../shared/domain/materials.ts';
import type { RequestDetail } from '../../../shared/domain/requestViews.ts';
import {
  headingJson,
  materialDocumentOf,
  paragraphJson,
} from '../../../shared/lexical/materialJson.ts';
import { addDays, shanghaiDate } from '../../../shared/rules/workingDays.ts';
import { clearDemoMaterial } from './demoMaterials.ts';

type Call = (username: string, channel: ChannelName, input: unknown) => Promise<unknown>;

interface Step {
  readonly at: Date;
  readonly run: () => Promise<void>;
}

const at = (date: string, time: string): Date => new Date(`${date}T${time}:00+08:00`);

/**
 * The demo's 舆情 register: a 重大 item answered by an emergency release 3 h 40 min after it was
 * first seen, a 重大 item two days old still without one (overdue on both clocks), and a 一般 item
 * the unit keeps an eye on. Made through the services, so the board counts them as it would.
 */
export function demoConcernSteps(
  call: Call,
  unitId: (name: string) => string | null,
  today: Date,
): Step[] {
  const todayDate = shanghaiDate(today);
  return [
    ...answeredItem(call, unitId('县卫生健康委员会') ?? '', addDays(todayDate, -17)),
    ...overdueItem(call, unitId('城关镇人民政府') ?? '', addDays(todayDate, -2)),
    ...watchedItem(
      call,
      unitId('县住房和城乡建设局') ?? unitId('城关镇人民政府') ?? '',
      addDays(todayDate, -9),
    ),
  ];
}

function answeredItem(call: Call, unit: string, date: string): Step[] {
  const ref = { concernId: '', requestId: '', releaseId: '' };
  return [
    {
      at: at(date, '08:30'),
      run: async () => {
        const item = (await call('xinwenban', 'concerns:register', {
          source: 'internet',
          firstSeenAt: at(date, '08:10').toISOString(),
          summary:
            '网传县城某小学多名学生出现腹泻症状，疑似学校食堂食品安全问题。\n相关短视频转发量较大，家长在校门口聚集。',
          links: ['https://weibo.com/demo/2026'],
          unitIds: [unit],
          level: 'major',
          clockMarked: false,
        })) as ConcernDetail;
        ref.concernId = item.id;
        await call('xinwenban', 'concerns:assign', {
          concernId: item.id,
          unitId: unit,
          deadline: at(date, '11:00').toISOString(),
        });
      },
    },
    {
      at: at(date, '09:05'),
      run: async () =>
        void (await call('weijian.jb', 'concerns:propose', {
          concernId: ref.concernId,
          proposal: 'respond',
          reason: '涉及学生身体健康，社会关注度高，应尽快发布权威信息。',
        })),
    },
    {
      at: at(date, '09:30'),
      run: async () => {
        const item = (await call('xinwenban', 'concerns:openEmergency', {
          concernId: ref.concernId,
        })) as ConcernDetail;
        ref.requestId = item.requestId ?? '';
        // The item's account prefills the request; the news office keeps the form to one page.
        const request = (await call('xinwenban', 'requests:get', {
          requestId: ref.requestId,
        })) as RequestDetail;
        await call('xinwenban', 'requests:saveDraft', {
          requestId: ref.requestId,
          revision: request.revision,
          fields: {
            ...request.fields,
            content: {
              ...request.fields.content,
              summary: '通报县城某小学学生腹泻情况的调查处置进展，回应家长和社会关切。',
            },
          },
        });
      },
    },
    {
      at: at(date, '10:20'),
      run: async () => {
        const release = (await call('xinwenban', 'materials:create', {
          requestId: ref.requestId,
          kind: 'pressRelease',
        })) as MaterialDetail;
        ref.releaseId = release.id;
        await call('xinwenban', 'materials:save', {
          materialId: release.id,
          revision: release.revision,
          document: JSON.stringify(
            materialDocumentOf([
              headingJson('h1', '关于县城某小学学生腹泻情况的通报'),
              paragraphJson(
                '经县卫生健康委员会会同县市场监督管理局调查，出现症状的学生均已就医，病情稳定。学校食堂已暂停供餐，留样食品已送检，检测结果将及时向社会公布。',
              ),
            ]),
          ),
        });
        await call('xinwenban', 'materials:close', { materialId: release.id });
        await clearDemoMaterial(call, '县卫生健康委员会', release.id);
      },
    },
    {
      at: at(date, '11:00'),
      run: async () =>
        void (await call('xinwenban', 'requests:fastTrack', {
          requestId: ref.requestId,
          comment: '情况紧急，先行发布权威信息。',
        })),
    },
    {
      at: at(date, '11:50'),
      run: async () =>
        void (await call('xinwenban', 'materials:exportDocument', {
          materialId: ref.releaseId,
          draft: false,
        })),
    },
  ];
}

function overdueItem(call: Call, unit: string, date: string): Step[] {
  const ref = { concernId: '' };
  return [
    {
      at: at(date, '16:50'),
      run: async () => {
        const item = (await call('xinwenban', 'concerns:register', {
          source: 'media',
          firstSeenAt: at(date, '16:20').toISOString(),
          summary: '媒体报道城关镇某小区燃气管道泄漏，部分居民临时疏散。',
          links: [],
          unitIds: [unit],
          level: 'major',
          clockMarked: false,
        })) as ConcernDetail;
        ref.concernId = item.id;
        await call('xinwenban', 'concerns:assign', {
          concernId: item.id,
          unitId: unit,
          deadline: at(date, '20:00').toISOString(),
        });
      },
    },
    {
      at: at(date, '18:30'),
      run: async () =>
        void (await call('chengguan.jb', 'concerns:propose', {
          concernId: ref.concernId,
          proposal: 'respond',
          reason: '居民疏散涉及人数较多，需发布处置进展。',
        })),
    },
  ];
}

function watchedItem(call: Call, unit: string, date: string): Step[] {
  return [
    {
      at: at(date, '10:15'),
      run: async () =>
        void (await call('xinwenban', 'concerns:register', {
          source: 'hotline',
          firstSeenAt: at(date, '09:40').toISOString(),
          summary: '12345热线多名市民反映城区部分路段路灯夜间不亮。',
          links: [],
          unitIds: [unit],
          level: 'general',
          clockMarked: false,
        })),
    },
  ];
}
