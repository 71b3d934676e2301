import { spawn } from 'node:child_process';
import { platform } from 'node:os';

/** Best effort: hand the address to the desktop's browser, if this machine has a desktop. */
export function openInBrowser(url: string): void {
  const os = platform();
  if (os === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) return;
  const [command, args] =
    os === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : os === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher: the printed address is enough.
  }
}
