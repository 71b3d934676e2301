/**
 * Why a sign-off lapsed when its material was edited afterwards. The record keeps the reason in
 * Chinese, as the office writes it (签署后材料被修改（张经办，2026年12月3日 09:30）); the UI reads the
 * editor's name back out of it and writes the whole line in the UI's own language.
 */
const editedAfterSigning = '签署后材料被修改';

/** The stored reason: who edited, and when (already written as the office writes a time). */
export const editVoidReason = (editorName: string, when: string): string =>
  `${editedAfterSigning}（${editorName}，${when}）`;

/** The editor's name in a reason written by `editVoidReason`; null for any other reason. */
export function editorOfVoidReason(reason: string): string | null {
  const match = new RegExp(`^${editedAfterSigning}（(.+)，[^，]+）$`, 'u').exec(reason);
  return match?.[1] ?? null;
}
