import packageJson from '../../package.json' with { type: 'json' };

export const productName = '新闻发布工作台';
export const productVersion: string = packageJson.version;
