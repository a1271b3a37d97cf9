import { highlight } from '@/lib/search/highlight';

/** Text with the words that match the search wrapped in <mark>. React escapes every part. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  return highlight(text, query).map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-accent-soft px-0.5 text-ink">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
