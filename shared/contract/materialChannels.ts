import { materialEditChannels } from './materialEditChannels.ts';
import { materialExportChannels } from './materialExportChannels.ts';
import { materialLibraryChannels } from './materialLibraryChannels.ts';
import { materialReviewChannels } from './materialReviewChannels.ts';
import { materialVersionChannels } from './materialVersionChannels.ts';

/** Every channel of the briefing materials feature (issue 5). */
export const materialChannels = {
  ...materialEditChannels,
  ...materialVersionChannels,
  ...materialReviewChannels,
  ...materialExportChannels,
  ...materialLibraryChannels,
};
