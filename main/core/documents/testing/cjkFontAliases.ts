import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fonts GB/T 9704 names are not installed here; Debian's fonts-noto-cjk stands in, serif
 * (Song/Ming style) for 仿宋, 宋体, 楷体 and 小标宋, sans for 黑体. The title face is asked in bold,
 * closer to the weight of 小标宋.
 */
const substitutes = {
  方正小标宋简体: { family: 'Noto Serif CJK SC', bold: true },
  仿宋_GB2312: { family: 'Noto Serif CJK SC', bold: false },
  仿宋: { family: 'Noto Serif CJK SC', bold: false },
  楷体_GB2312: { family: 'Noto Serif CJK SC', bold: false },
  楷体: { family: 'Noto Serif CJK SC', bold: false },
  宋体: { family: 'Noto Serif CJK SC', bold: false },
  黑体: { family: 'Noto Sans CJK SC', bold: false },
} as const;

const matchRule = (
  name: string,
  family: string,
  bold: boolean,
): string => `  <match target="pattern">
    <test name="family"><string>${name}</string></test>
    <edit name="family" mode="prepend" binding="strong"><string>${family}</string></edit>${
      bold
        ? '\n    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit>'
        : ''
    }
  </match>`;

const fontsConf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${Object.entries(substitutes)
  .map(([name, { family, bold }]) => matchRule(name, family, bold))
  .join('\n')}
</fontconfig>
`;

/** Writes the fontconfig file into `folder` and returns its path, for FONTCONFIG_FILE. */
export function writeFontconfigFile(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'fonts.conf');
  writeFileSync(path, fontsConf);
  return path;
}
