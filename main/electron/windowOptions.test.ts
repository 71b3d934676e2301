import { describe, expect, it } from 'vitest';
import { windowOptions } from './windowOptions.ts';

const preload = '/opt/workbench/out/preload/index.cjs';

describe('windowOptions', () => {
  it('locks the renderer down', () => {
    const { webPreferences } = windowOptions(preload, {});
    expect(webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('passes the preload path through unchanged', () => {
    expect(windowOptions(preload, {}).webPreferences?.preload).toBe(preload);
    expect(windowOptions('/other/preload.cjs', {}).webPreferences?.preload).toBe(
      '/other/preload.cjs',
    );
  });

  it('uses the default size and lets the system place the window without remembered bounds', () => {
    const options = windowOptions(preload, {});
    expect(options.width).toBe(1280);
    expect(options.height).toBe(840);
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('applies remembered bounds', () => {
    const options = windowOptions(preload, { x: 40, y: 60, width: 1440, height: 900 });
    expect(options).toMatchObject({ x: 40, y: 60, width: 1440, height: 900 });
  });

  it('applies a remembered size without a position', () => {
    const options = windowOptions(preload, { width: 1000, height: 700 });
    expect(options).toMatchObject({ width: 1000, height: 700 });
    expect(options).not.toHaveProperty('x');
  });

  it('ignores half a position', () => {
    const options = windowOptions(preload, { x: 40, width: 1000, height: 700 });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });

  it('keeps a usable minimum size, the Chinese title, and shows only when ready', () => {
    const options = windowOptions(preload, {});
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.title).toBe('新闻发布工作台');
    expect(options.show).toBe(false);
  });
});
