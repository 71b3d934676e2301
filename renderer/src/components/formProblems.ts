import type { z } from 'zod';

/** Field path (`admin.password`, `units.1.name`) → the first thing wrong with it. */
export type FormProblems = Readonly<Record<string, string>>;

/**
 * Every problem of a form's value at once, by field, from the same zod schema main checks the
 * call with — so the form and the server never disagree about what is allowed.
 */
export function problemsFrom(schema: z.ZodType, value: unknown): FormProblems {
  const parsed = schema.safeParse(value);
  if (parsed.success) return {};
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    problems[path] ??= issue.message;
  }
  return problems;
}

/** Moves the focus to the first field marked invalid, in the order the form shows them. */
export function focusFirstProblem(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
