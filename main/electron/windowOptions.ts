import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/** The main window: sandboxed, isolated, no Node in the renderer, web security on. */
export function windowOptions(
  preloadPath: string,
  bounds: Partial<Rectangle>,
): BrowserWindowConstructorOptions {
  return {
    width: bounds.width ?? 1280,
    height: bounds.height ?? 840,
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 960,
    minHeight: 600,
    title: '新闻发布工作台',
    show: false,
    backgroundColor: '#f7f8fa',
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  };
}
