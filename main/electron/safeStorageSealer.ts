import { safeStorage } from 'electron';
import type { KeySealer } from '../core/audit/keyFolderChainKeys.ts';

/**
 * Seals audit chain keys with the OS keychain (Keychain, DPAPI, libsecret/kwallet) through
 * Electron's safeStorage; null where there is no real keychain (Linux falls back to a fixed
 * password, 'basic_text'), and the key folder then keeps plain key files, as web mode does.
 * The synchronous calls (deprecated in favour of the async ones) are used because audit rows are
 * written inside synchronous transactions.
 */
export function safeStorageSealer(): KeySealer | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return null;
  }
  return {
    extension: '.sealed',
    place: '系统钥匙串',
    seal: (text) => safeStorage.encryptString(text),
    open: (bytes) => {
      try {
        return safeStorage.decryptString(bytes);
      } catch {
        return null;
      }
    },
  };
}
