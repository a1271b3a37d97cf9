/**
 * The JavaScript a page loads first, gzipped: every script its HTML names
 * under /_next/static/ (`<script src>`, and `<link rel="modulepreload">` or
 * `rel="preload" as="script"`), each fetched once and gzipped at zlib's
 * default level. `noModule` scripts are left out: browsers that run modules
 * (every one Verdict supports) never load them.
 */
import { gzipSync } from 'node:zlib';

export interface PageJavaScript {
  gzipBytes: number;
  scripts: string[];
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];

export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (src && !/\snomodule\b/i.test(tag)) urls.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (href && (rel === 'modulepreload' || (rel === 'preload' && attribute(tag, 'as') === 'script'))) urls.add(href);
  }
  return [...urls].filter((url) => url.startsWith('/_next/static/')).sort();
}

/** Gzipped sizes by URL, shared by every page of one build so each script is fetched once. */
export type ScriptSizes = Map<string, Promise<number>>;

async function gzippedSize(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return gzipSync(Buffer.from(await response.arrayBuffer())).length;
}

export async function pageJavaScript(origin: string, html: string, sizes: ScriptSizes): Promise<PageJavaScript> {
  const scripts = scriptUrls(html);
  const bytes = await Promise.all(
    scripts.map((script) => {
      if (!sizes.has(script)) sizes.set(script, gzippedSize(`${origin}${script}`));
      return sizes.get(script)!;
    }),
  );
  return { gzipBytes: bytes.reduce((sum, size) => sum + size, 0), scripts };
}
