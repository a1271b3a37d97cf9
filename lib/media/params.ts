import { z } from 'zod';

import { text } from '@/lib/validation/text';

/**
 * A /media file name: `<hash>.webp` for the full size, `<hash>-<width>.webp`
 * for a smaller width. Anything else names nothing and reaches no query.
 */
const MEDIA_FILE = /^([0-9a-f]{64})(?:-([1-9][0-9]{1,3}))?\.webp$/;

export function parseMediaFile(segment: string): { hash: string; width: number | null } | null {
  const match = MEDIA_FILE.exec(segment);
  if (!match) return null;
  return { hash: match[1]!, width: match[2] === undefined ? null : Number(match[2]) };
}

export const IMAGE_DESCRIPTION_MAX = 300;
export const IMAGE_CAPTION_MAX = 300;

/**
 * What the editor sends with a picture: the file under "Add image", its
 * "Image description" (alt text, required: every picture has one) and an
 * optional "Caption". Neither may hold what would end the Markdown the
 * editor writes (`]`, `"`, line breaks); `[` would open a link inside it.
 */
const noMarkdownBreak = (label: string) =>
  z.string().refine((value) => !/[[\]"\r\n\\]/.test(value), `${label} cannot contain [ ] " \\ or line breaks.`);

export const pictureUploadSchema = z.object({
  image: z.instanceof(File, { error: 'Choose a picture to add.' }).refine((file) => file.size > 0, 'Choose a picture to add.'),
  imageDescription: text({
    max: IMAGE_DESCRIPTION_MAX,
    required: 'Describe the picture for readers who cannot see it.',
  }).pipe(noMarkdownBreak('A description')),
  imageCaption: text({ max: IMAGE_CAPTION_MAX }).pipe(noMarkdownBreak('A caption')),
});

export type PictureUploadInput = z.infer<typeof pictureUploadSchema>;
export type PictureUploadField = keyof PictureUploadInput;
