import { expect, test } from './support/fixtures.ts';

test.use({ viewport: { width: 1366, height: 768 } });

test('first-run setup with every field wrong shows every error at once, beside its field, no browser bubble', async ({
  page,
  webApp,
}) => {
  await page.goto(webApp.url);
  await expect(page.getByRole('heading', { name: '首次设置' })).toBeVisible();
  await page.getByLabel('单位名称 1').fill('');
  await page.getByLabel('用户名').fill('王 管理');
  await page.getByLabel('密码', { exact: true }).fill('123');
  await page.getByLabel('再次输入密码').fill('1234');
  await page.getByRole('button', { name: '完成设置' }).click();

  const problemOf = (label: string, exact = false) =>
    page.getByLabel(label, { exact }).evaluate((input) => {
      const note = document.getElementById(input.getAttribute('aria-describedby') ?? '');
      return { invalid: input.getAttribute('aria-invalid'), note: note?.textContent ?? '' };
    });
  expect(await problemOf('本工作台所属单位')).toEqual({
    invalid: 'true',
    note: '所属单位名称不能为空。',
  });
  expect(await problemOf('单位名称 1')).toEqual({ invalid: 'true', note: '单位名称不能为空。' });
  expect((await problemOf('用户名')).note).toBe('用户名只能包含字母、数字、点、下划线和连字符。');
  expect(await problemOf('姓名')).toEqual({ invalid: 'true', note: '姓名不能为空。' });
  expect((await problemOf('密码', true)).note).toBe('密码至少 8 位。');
  expect((await problemOf('再次输入密码')).note).toBe('两次输入的密码不一致。');
  await expect(page.getByRole('alert')).toHaveText('还有 6 处需要修改，已在相应栏目旁注明。');
  // The first wrong field has the focus; the browser's own validation never ran.
  await expect(page.getByLabel('本工作台所属单位')).toBeFocused();
  expect(await page.locator('form').evaluate((form) => (form as HTMLFormElement).noValidate)).toBe(
    true,
  );
  await page.screenshot({ path: 'test-output/setup-form-errors.png', fullPage: true });

  // Fixing a field clears its error at once; nothing was stored, so setup is still offered.
  await page.getByLabel('本工作台所属单位').fill('示范县人民政府新闻办公室');
  await expect(page.getByRole('alert')).toHaveText('还有 5 处需要修改，已在相应栏目旁注明。');
  await page.reload();
  await expect(page.getByRole('heading', { name: '首次设置' })).toBeVisible();
});
