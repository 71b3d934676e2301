import { readFileSync } from 'node:fs';

interface PackageJson {
  readonly version: string;
}

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as PackageJson;

export const productName = '新闻发布工作台';
export const productVersion = packageJson.version;
