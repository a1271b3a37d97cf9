import { plainText } from './excerpt';
import { parseMemberMarkdown } from './parse';

/**
 * The words of a review that search may find: its text as a reader sees it
 * with every spoiler closed (inline, block, nested, unclosed) and code left
 * out, exactly as excerpts are cut. It comes from the same parsed tree the
 * page renders, so search cannot disagree with the page about what a spoiler
 * hides. Stored beside the body (`reviews.search_text`) and indexed there.
 */
export function searchableText(source: string): string {
  return plainText(parseMemberMarkdown(source), { spoilers: false });
}
