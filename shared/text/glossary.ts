/**
 * The office's terms, one word for one thing (DOMAIN.md, "Words"). Every label, state, inbox
 * title, notification and document uses the preferred term; `avoid` lists the synonyms people
 * would otherwise meet for it. The unit head and the news office 审核; the competent authority 审批.
 */
export interface GlossaryTerm {
  readonly term: string;
  readonly meaning: string;
  readonly avoid: readonly string[];
}

export const glossary: readonly GlossaryTerm[] = [
  {
    term: '报批',
    meaning: 'the approval request and its process',
    avoid: ['发布申请', '报审单'],
  },
  { term: '审批表', meaning: 'the request form as printed', avoid: ['报批表', '申请表'] },
  { term: '审批函', meaning: "the news office's approval letter", avoid: ['批复函', '批准函'] },
  {
    term: '单位负责人审核',
    meaning: "the unit head's review",
    avoid: ['单位负责人审批', '负责人审批'],
  },
  {
    term: '新闻办审核',
    meaning: "the news office's review",
    avoid: ['新闻办审批', '新闻办公室审批'],
  },
  {
    term: '主管部门审批',
    meaning: "the competent authority's approval",
    avoid: ['主管部门审核', '主管部门审查'],
  },
  {
    term: '口径',
    meaning: 'an approved answer to an anticipated question',
    avoid: ['新增答案', '问答口径', '答复口径', '标准答案'],
  },
  { term: '文字实录', meaning: 'the transcript', avoid: ['实录稿', '速记稿', '文字记录稿'] },
  { term: '新闻通稿', meaning: 'the press release', avoid: ['新闻稿件', '宣传稿'] },
  { term: '发布辞', meaning: 'the opening statement', avoid: ['发布词', '开场白'] },
  { term: '错敏词', meaning: 'wrong or sensitive wording', avoid: ['错别敏感词', '违禁词'] },
  { term: '会签', meaning: 'countersigning by another agency', avoid: ['联签', '会审签'] },
];

export interface SynonymUse {
  readonly found: string;
  readonly term: string;
  readonly index: number;
}

/** Every avoided synonym in `text`, with the term to use instead. */
export function findSynonyms(text: string): readonly SynonymUse[] {
  const uses: SynonymUse[] = [];
  for (const entry of glossary) {
    for (const synonym of entry.avoid) {
      for (
        let index = text.indexOf(synonym);
        index >= 0;
        index = text.indexOf(synonym, index + 1)
      ) {
        uses.push({ found: synonym, term: entry.term, index });
      }
    }
  }
  return uses;
}
