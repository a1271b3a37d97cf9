import 'server-only';

import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A poster from public/posters as a data URL, read from disk: the image is
 * drawn on the server with no network, and a path that is not one of ours
 * (anything but /posters/<slug>.svg) is never read. Null when missing.
 */
export async function posterDataUrl(posterPath: string | null): Promise<string | null> {
  if (!posterPath || !/^\/posters\/[a-z0-9-]+\.svg$/.test(posterPath)) return null;
  try {
    const svg = await readFile(path.join(process.cwd(), 'public', posterPath));
    return `data:image/svg+xml;base64,${svg.toString('base64')}`;
  } catch {
    return null;
  }
}
