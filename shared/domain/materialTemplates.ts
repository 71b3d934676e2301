import type { MaterialDocument } from '../lexical/materialDocument.ts';
import {
  headingJson as heading,
  materialDocumentOf,
  paragraphJson as paragraph,
  qaItemJson,
} from '../lexical/materialJson.ts';
import type { MaterialKind } from './materials.ts';

/**
 * The templates each new material starts from until an administrator edits them. Placeholders in
 * （） are for the drafter to replace.
 */
export const defaultTemplates: Readonly<Record<MaterialKind, MaterialDocument>> = {
  opening: materialDocumentOf([
    heading('h1', '（发布会名称）发布辞'),
    paragraph('各位记者朋友：'),
    paragraph('大家上午好！欢迎出席今天的新闻发布会。今天，我们向大家通报（发布主题）有关情况。'),
    heading('h2', '基本情况'),
    paragraph('（写明背景、主要数据和进展。）'),
    heading('h2', '主要工作'),
    paragraph('（分条写明主要举措和成效。）'),
    heading('h2', '下一步工作'),
    paragraph('（写明下一步安排。）'),
    paragraph('谢谢大家！'),
  ]),
  pressRelease: materialDocumentOf([
    heading('h1', '（标题）'),
    paragraph('（日期），（单位）召开新闻发布会，通报（发布主题）有关情况。'),
    paragraph('（主体：按重要程度写明主要内容和数据。）'),
    paragraph('（结尾：下一步安排或联系方式。）'),
  ]),
  qa: materialDocumentOf([
    heading('h1', '答问口径'),
    paragraph('（按媒体可能关注的问题逐条准备；每问写明可以说、不可说、责任人和来源。）'),
    qaItemJson({}),
  ]),
  hostScript: materialDocumentOf([
    heading('h1', '主持词'),
    paragraph('各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。'),
    paragraph('出席今天发布会的有：（姓名、职务）。'),
    paragraph('首先，请（发布人）介绍有关情况。'),
    paragraph('下面进入答记者问环节。请记者朋友提问前先通报所在的新闻机构。'),
    paragraph('今天的新闻发布会到此结束。谢谢各位！'),
  ]),
  background: materialDocumentOf([
    heading('h1', '背景材料'),
    heading('h2', '政策依据'),
    paragraph(''),
    heading('h2', '有关数据'),
    paragraph(''),
    heading('h2', '以往发布情况'),
    paragraph(''),
  ]),
  policyInterpretation: materialDocumentOf([
    heading('h1', '政策解读'),
    heading('h2', '出台背景'),
    paragraph(''),
    heading('h2', '主要内容'),
    paragraph(''),
    heading('h2', '解读要点'),
    paragraph(''),
    paragraph('解读专家：（姓名、单位、职务）'),
  ]),
};
