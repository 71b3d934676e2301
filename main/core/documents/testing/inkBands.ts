import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const resolution = 300;
const millimetresPerPixel = 25.4 / resolution;

/** Rows of a page where ink of one colour lies, in millimetres from the page's top-left corner. */
export interface InkBand {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

export type InkColour = 'red' | 'black';

const matches: Record<InkColour, (red: number, green: number, blue: number) => boolean> = {
  red: (red, green, blue) => red > 180 && green < 110 && blue < 110,
  black: (red, green, blue) => red < 110 && green < 110 && blue < 110,
};

/** Reads a binary PPM (P6) as pdftoppm writes it: header, then RGB bytes. */
function parsePpm(data: Buffer) {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm wrote no P6 image');
  const [whole, width, height] = header;
  return { width: Number(width), height: Number(height), pixels: data.subarray(whole.length) };
}

/**
 * Renders one page (1-based) at 300 dpi and returns the bands of consecutive pixel rows holding
 * ink of `colour`, top to bottom, each with the leftmost and rightmost such pixel: a rule is a band
 * as tall as it is thick, a line of text a band as tall as its characters.
 */
export async function inkBands(pdfPath: string, page: number, colour: InkColour) {
  const { stdout } = await run(
    'pdftoppm',
    ['-r', String(resolution), '-f', String(page), '-l', String(page), pdfPath],
    { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
  );
  const { width, height, pixels } = parsePpm(stdout);
  const isInk = matches[colour];
  const bands: InkBand[] = [];
  let open: { top: number; left: number; right: number } | null = null;
  for (let y = 0; y < height; y += 1) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 3;
      if (isInk(pixels[at] ?? 255, pixels[at + 1] ?? 255, pixels[at + 2] ?? 255)) {
        if (left < 0) left = x;
        right = x;
      }
    }
    if (left >= 0) {
      open = open
        ? { top: open.top, left: Math.min(open.left, left), right: Math.max(open.right, right) }
        : { top: y, left, right };
    } else if (open) {
      bands.push(toMillimetres(open, y));
      open = null;
    }
  }
  if (open) bands.push(toMillimetres(open, height));
  return bands;
}

const toMillimetres = (
  band: { top: number; left: number; right: number },
  end: number,
): InkBand => ({
  top: band.top * millimetresPerPixel,
  bottom: end * millimetresPerPixel,
  left: band.left * millimetresPerPixel,
  right: (band.right + 1) * millimetresPerPixel,
});

/** The bands as wide as `width` millimetres, give or take half a millimetre: the drawn rules. */
export const rulesOf = (bands: readonly InkBand[], width: number): InkBand[] =>
  bands.filter((band) => Math.abs(band.right - band.left - width) < 0.5);
