import 'i18next';
import type { zhCN } from './zhCN.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zhCN };
  }
}
