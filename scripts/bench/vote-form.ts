/**
 * The review's Upvote form as the server rendered it. Without JavaScript it
 * posts itself; React renders a server action's id into a hidden input for
 * that: `$ACTION_ID_<id>` for an action the form calls as it is (the Upvote
 * button's: the review's id travels as the `targetId` field), or, for an
 * action with bound arguments, `$ACTION_REF_n` with `$ACTION_n:0` =
 * {"id", "bound": "$@1"} and `$ACTION_n:1` = the arguments in React's reply
 * encoding. With JavaScript the browser sends the same form's fields through
 * React's `encodeReply`, hidden inputs included (they stay in the DOM after
 * hydration), so both kinds of vote start from what is read here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface UpvoteForm {
  /** The server action's id: the `Next-Action` header. */
  actionId: string;
  /** What `.bind(null, …)` fixed on the server, if anything. */
  boundArgs: unknown[];
  /** The form's fields in document order, as `new FormData(form)` lists them. */
  fields: [string, string][];
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const unescapeHtml = (text: string) => text.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]!);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeHtml(match[1]!) : undefined;
}

/**
 * A value in React's reply encoding, for the plain values a page binds
 * (numbers, strings, booleans, null, arrays of them): a string that starts
 * with "$" is a reference, except "$$", an escaped "$".
 */
function decodeReplyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeReplyValue);
  if (typeof value !== 'string' || !value.startsWith('$')) return value;
  if (value.startsWith('$$')) return value.slice(1);
  throw new Error(`The upvote form binds ${JSON.stringify(value)}, a reference this benchmark does not decode`);
}

/** The first Upvote form on the review page: the review's own (comments come after the article). */
export function readUpvoteForm(html: string, reviewId: number): UpvoteForm {
  const form = [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].find((match) => match[1]!.includes('class="upvote-button'));
  if (!form) throw new Error(`The page of review ${reviewId} has no Upvote form`);
  const fields: [string, string][] = [];
  for (const [input] of form[1]!.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(input, 'name');
    if (name !== undefined) fields.push([name, attribute(input, 'value') ?? '']);
  }
  const field = (name: string) => fields.find(([key]) => key === name)?.[1];
  if (field('upvoted') === undefined) throw new Error('The Upvote form has no "upvoted" field');

  const plain = fields.find(([name]) => name.startsWith('$ACTION_ID_'))?.[0];
  if (plain) {
    if (field('targetId') !== String(reviewId))
      throw new Error(`The first Upvote form is for ${field('targetId')}, not for review ${reviewId}`);
    return { actionId: plain.slice('$ACTION_ID_'.length), boundArgs: [], fields };
  }
  const ref = fields.find(([name]) => /^\$ACTION_REF_\d+$/.test(name))?.[0];
  const n = ref?.slice('$ACTION_REF_'.length);
  const meta = n === undefined ? undefined : field(`$ACTION_${n}:0`);
  if (!meta) throw new Error(`The Upvote form of review ${reviewId} carries no server action`);
  const { id, bound } = JSON.parse(meta) as { id: string; bound: string | null };
  const boundPart = bound === null ? undefined : /^\$@(\d+)$/.exec(bound)?.[1];
  const boundArgs =
    boundPart === undefined ? [] : (decodeReplyValue(JSON.parse(field(`$ACTION_${n}:${boundPart}`) ?? '[]')) as unknown[]);
  if (boundArgs[0] !== reviewId)
    throw new Error(`The first Upvote form is bound to ${JSON.stringify(boundArgs)}, not to review ${reviewId}`);
  return { actionId: id, boundArgs, fields };
}

/**
 * Which function of the code an action id names, from the build's
 * server-reference manifest (.next/server/server-reference-manifest.json):
 * `lib/actions/votes.ts#upvoteReviewAction`.
 */
export function serverActionName(actionId: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = manifest.node[actionId];
  if (!entry) throw new Error(`The build has no server action ${actionId}`);
  return `${entry.filename}#${entry.exportedName}`;
}
