import type { Image, ImageReference, Link, LinkReference, PhrasingContent, Text } from 'mdast';
import type {} from 'remark-directive';

/** An inline spoiler, `>!hidden text!<`: a text directive named `spoiler`. */
export type SpoilerSpan = Extract<PhrasingContent, { type: 'textDirective' }>;

const OPEN = '>!';
const CLOSE = '!<';
/** Deeper `>!` are kept as text: they are inside a spoiler already. */
const MAX_DEPTH = 4;

interface Marker {
  marker: 'open' | 'close';
  /** Position among all markers of the paragraph, in document order. */
  index: number;
}
type Item = PhrasingContent | Marker;
type InlineParent = Extract<PhrasingContent, { children: PhrasingContent[] }>;

/**
 * Finds `>!…!<` in the phrasing content of one paragraph, heading or table
 * cell and wraps what is between in spoiler spans.
 *
 * The markers are matched across the whole paragraph like brackets, so
 * `>!a *b!< c*` works: emphasis (or a link) that a spoiler starts or ends
 * inside of is split in two. Code spans are separate nodes, so markers in
 * them stay code. A `>!` that is never closed hides the rest of the
 * paragraph: showing it would spoil what the author meant to hide. A `!<`
 * with no `>!` before it is plain text.
 */
export function wrapInlineSpoilers(children: PhrasingContent[]): PhrasingContent[] {
  const scan = new Scan();
  scan.read(children);
  if (scan.markers.length === 0) return children;
  scan.match();
  return scan.build(children, null).filter(isContent);
}

class Scan {
  readonly markers: Marker[] = [];
  /** Text nodes that contain markers, cut into text and markers. */
  private readonly pieces = new Map<Text, Array<string | Marker>>();
  /** First and last marker inside each inline parent that has any. */
  private readonly ranges = new Map<InlineParent, [number, number]>();
  /** The matching marker's index; Infinity for a `>!` that runs to the end. */
  private readonly partner: number[] = [];
  /** Markers that are plain text: unmatched `!<`, and pairs nested too deep. */
  private readonly literal = new Set<number>();

  read(children: PhrasingContent[]) {
    readImageOpeners(children);
    for (const child of children) {
      if (child.type === 'text') this.split(child);
      else if (isInlineParent(child)) {
        const first = this.markers.length;
        this.read(child.children);
        if (this.markers.length > first) this.ranges.set(child, [first, this.markers.length - 1]);
      }
    }
  }

  private split(text: Text) {
    const pieces: Array<string | Marker> = [];
    let last = 0;
    for (const found of text.value.matchAll(/>!|!</g)) {
      if (found.index > last) pieces.push(text.value.slice(last, found.index));
      const marker: Marker = { marker: found[0] === OPEN ? 'open' : 'close', index: this.markers.length };
      this.markers.push(marker);
      pieces.push(marker);
      last = found.index + found[0].length;
    }
    if (pieces.length === 0) return;
    if (last < text.value.length) pieces.push(text.value.slice(last));
    this.pieces.set(text, pieces);
  }

  match() {
    const stack: Array<{ index: number; tooDeep: boolean }> = [];
    let depth = 0;
    for (const { marker, index } of this.markers) {
      if (marker === 'open') {
        const tooDeep = depth >= MAX_DEPTH;
        if (tooDeep) this.literal.add(index);
        else depth += 1;
        stack.push({ index, tooDeep });
        continue;
      }
      const open = stack.pop();
      if (!open || open.tooDeep) {
        this.literal.add(index);
        continue;
      }
      depth -= 1;
      this.partner[open.index] = index;
      this.partner[index] = open.index;
    }
    for (const open of stack) if (!open.tooDeep) this.partner[open.index] = Infinity;
  }

  /**
   * Rebuilds `children` with the spoilers whose both ends lie within `range`
   * (all of them at the top, where `range` is null). Markers whose partner is
   * outside are returned to the caller, which splits its inline parent there.
   */
  build(children: readonly PhrasingContent[], range: [number, number] | null): Item[] {
    const items: Item[] = [];
    for (const child of children) {
      const pieces = child.type === 'text' ? this.pieces.get(child) : undefined;
      const childRange = isInlineParent(child) ? this.ranges.get(child) : undefined;
      if (pieces) {
        for (const piece of pieces) items.push(this.item(piece));
      } else if (childRange && isInlineParent(child)) {
        let segment: PhrasingContent[] = [];
        const flush = () => {
          if (segment.length > 0) items.push({ ...child, children: mergeText(segment) } as InlineParent);
          segment = [];
        };
        for (const item of this.build(child.children, childRange)) {
          if (isContent(item)) segment.push(item);
          else {
            flush();
            items.push(item);
          }
        }
        flush();
      } else {
        items.push(child);
      }
    }
    return this.pair(items, range);
  }

  private item(piece: string | Marker): Item {
    if (typeof piece === 'string') return { type: 'text', value: piece };
    if (this.literal.has(piece.index)) return { type: 'text', value: piece.marker === 'open' ? OPEN : CLOSE };
    return piece;
  }

  private pair(items: readonly Item[], range: [number, number] | null): Item[] {
    const frames: Item[][] = [[]];
    const top = () => frames[frames.length - 1] ?? [];
    for (const item of items) {
      if (isContent(item) || !this.isLocal(item, range)) top().push(item);
      else if (item.marker === 'open') frames.push([]);
      else {
        const content = frames.pop() ?? [];
        top().push(...spoiler(content));
      }
    }
    while (frames.length > 1) {
      const content = frames.pop() ?? [];
      top().push(...spoiler(content));
    }
    return frames[0] ?? [];
  }

  private isLocal(marker: Marker, range: [number, number] | null): boolean {
    if (range === null) return true;
    const partner = this.partner[marker.index] ?? Infinity;
    return partner >= range[0] && partner <= range[1];
  }
}

function spoiler(items: readonly Item[]): SpoilerSpan[] {
  const children = mergeText(items.filter(isContent));
  return children.length === 0 ? [] : [{ type: 'textDirective', name: 'spoiler', attributes: {}, children }];
}

/**
 * `>![poster](url)!<` parses as `>` followed by an image; the author meant a
 * spoiler that starts with a link.
 */
function readImageOpeners(children: PhrasingContent[]) {
  for (let index = 1; index < children.length; index += 1) {
    const before = children[index - 1];
    const node = children[index];
    if (before?.type !== 'text' || !before.value.endsWith('>')) continue;
    if (node?.type !== 'image' && node?.type !== 'imageReference') continue;
    const end = before.position?.end.offset;
    if (end === undefined || end !== node.position?.start.offset) continue;
    before.value += '!';
    children[index] = imageAsLink(node);
  }
}

function imageAsLink(image: Image | ImageReference): Link | LinkReference {
  const children: Text[] = image.alt ? [{ type: 'text', value: image.alt }] : [];
  if (image.type === 'image') return { type: 'link', url: image.url, title: image.title, children };
  const { identifier, label, referenceType } = image;
  return { type: 'linkReference', identifier, label, referenceType, children };
}

function mergeText(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text')
      merged[merged.length - 1] = { type: 'text', value: last.value + node.value };
    else merged.push(node);
  }
  return merged;
}

function isContent(item: Item): item is PhrasingContent {
  return 'type' in item;
}

function isInlineParent(node: PhrasingContent): node is InlineParent {
  return 'children' in node;
}
