import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from './menu.ts';

const labels = (items: readonly MenuItemConstructorOptions[]): (string | undefined)[] =>
  items.map((item) => item.label);

function submenuOf(
  items: readonly MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const submenu = items.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`no submenu ${label}`);
  return submenu;
}

const hasChinese = (text: string): boolean => /\p{Script=Han}/u.test(text);

describe('menuTemplate', () => {
  it('has the Chinese top-level menus on Windows and Linux', () => {
    expect(labels(menuTemplate(false))).toEqual(['文件', '编辑', '视图', '窗口']);
  });

  it('puts the app menu first on macOS', () => {
    const template = menuTemplate(true);
    expect(labels(template)).toEqual(['新闻发布工作台', '文件', '编辑', '视图', '窗口']);
    expect(template[0]?.role).toBe('appMenu');
    expect(menuTemplate(false).some((item) => item.role === 'appMenu')).toBe(false);
  });

  it('quits from the file menu on Windows and Linux, closes the window on macOS', () => {
    expect(submenuOf(menuTemplate(false), '文件').map((item) => item.role)).toEqual(['quit']);
    expect(submenuOf(menuTemplate(true), '文件').map((item) => item.role)).toEqual(['close']);
  });

  it.each([false, true])('has the edit roles with accelerators (mac: %s)', (isMac) => {
    const edit = submenuOf(menuTemplate(isMac), '编辑').filter((item) => item.type !== 'separator');
    expect(edit.map((item) => [item.role, item.accelerator])).toEqual([
      ['undo', 'CmdOrCtrl+Z'],
      ['redo', 'CmdOrCtrl+Shift+Z'],
      ['cut', 'CmdOrCtrl+X'],
      ['copy', 'CmdOrCtrl+C'],
      ['paste', 'CmdOrCtrl+V'],
      ['selectAll', 'CmdOrCtrl+A'],
    ]);
  });

  it.each([false, true])('labels every item in Chinese (mac: %s)', (isMac) => {
    const template = menuTemplate(isMac);
    const items = template.flatMap((top) => [
      top,
      ...(Array.isArray(top.submenu) ? top.submenu : []),
    ]);
    const labelled = items.filter((item) => item.type !== 'separator');
    expect(labelled.length).toBeGreaterThan(template.length);
    for (const item of labelled) {
      expect(item.label, JSON.stringify(item)).toBeDefined();
      expect(hasChinese(item.label ?? ''), item.label).toBe(true);
    }
  });
});
