/**
 * Votes over HTTP, as the Upvote button's JavaScript sends them
 * (components/vote/upvote-button.tsx): `upvoteReviewAction` is called with
 * the form's FormData (the review's id, the page to come back to and the
 * state wanted are its fields), which Next's router
 * (next/dist/client/components/router-reducer/reducers/server-action-reducer.js)
 * encodes with React's `encodeReply` and POSTs to the page's URL with the
 * action's id in `Next-Action`. The body is multipart: `0` = `["$K1"]` (any
 * bound arguments first) and the form's fields as `_1_<name>`. The answer is
 * an RSC payload whose root row points at the action's result,
 * `{ ok: true, upvoted, upvoteCount }` or `{ ok: false, message }`.
 */
import { createRequire } from 'node:module';

import { actionResultFromRows, actionResultFromText, parseFlightRows } from './flight';
import { BROWSER_HEADERS } from './load';
import type { UpvoteForm } from './vote-form';

// The same encoder the browser's router uses (React's, as compiled into Next).
const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-webpack/client.node') as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

export type VoteAnswer = { ok: true; upvoted: boolean; upvoteCount: number } | { ok: false; message: string };

/** An answer that is not the action's result at all: an error page, a redirect, a broken payload. */
export class VoteFailure extends Error {}

export interface VoteRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

export interface VoteClient {
  origin: string;
  reviewId: number;
  /** The request that asks for `upvoted` as the member `cookie` signs in. */
  request(upvoted: boolean, cookie: string): VoteRequest;
  /** Sends one vote and reads the whole answer exactly; throws VoteFailure on anything but the action's result. */
  cast(upvoted: boolean, cookie: string): Promise<VoteAnswer>;
}

/**
 * The router state the browser holds on /reviews/[id] (app/reviews/[id]/page.tsx),
 * sent as `Next-Router-State-Tree`: [segment, parallel routes], without the
 * optional fields Next's router strips or leaves out anyway.
 */
function reviewPageRouterState(reviewId: number) {
  const page = ['__PAGE__', {}];
  const review = [['id', String(reviewId), 'd'], { children: page }];
  return ['', { children: ['reviews', { children: review }] }];
}

async function encodeVote(form: UpvoteForm, upvoted: boolean): Promise<{ contentType: string; body: Buffer }> {
  const formData = new FormData();
  for (const [name, value] of form.fields) formData.append(name, name === 'upvoted' ? String(upvoted) : value);
  // What fetch() would send for encodeReply's result: multipart with a boundary, or text.
  const request = new Request('http://127.0.0.1/', { method: 'POST', body: await encodeReply([...form.boundArgs, formData]) });
  return { contentType: request.headers.get('content-type')!, body: Buffer.from(await request.arrayBuffer()) };
}

function checkAnswer(value: unknown): VoteAnswer {
  const answer = value as Partial<{ ok: unknown; upvoted: unknown; upvoteCount: unknown; message: unknown }> | null;
  if (answer?.ok === true && typeof answer.upvoted === 'boolean' && typeof answer.upvoteCount === 'number') {
    return { ok: true, upvoted: answer.upvoted, upvoteCount: answer.upvoteCount };
  }
  if (answer?.ok === false && typeof answer.message === 'string') return { ok: false, message: answer.message };
  throw new VoteFailure(`the action answered ${JSON.stringify(value)}`);
}

export interface RawAnswer {
  status: number;
  contentType: string | undefined;
  /** `x-action-redirect`: the action redirected instead of answering (a signed-out voter goes to /signin). */
  actionRedirect: string | undefined;
  /** Bytes are parsed row by row; text (all autocannon gives) by the two rows that matter. */
  payload: string | Uint8Array;
}

/** The action's answer in an HTTP response. */
export function readVoteAnswer({ status, contentType, actionRedirect, payload }: RawAnswer): VoteAnswer {
  if (status !== 200) throw new VoteFailure(`HTTP ${status}`);
  if (actionRedirect) throw new VoteFailure(`redirected to ${actionRedirect}`);
  if (!contentType?.startsWith('text/x-component'))
    throw new VoteFailure(`a ${contentType ?? 'typeless'} answer, not an RSC payload`);
  try {
    return checkAnswer(
      typeof payload === 'string' ? actionResultFromText(payload) : actionResultFromRows(parseFlightRows(payload)),
    );
  } catch (error) {
    if (error instanceof VoteFailure) throw error;
    throw new VoteFailure((error as Error).message);
  }
}

/** A client for the review's Upvote action on the server at `origin`. */
export async function voteClient(origin: string, reviewId: number, form: UpvoteForm): Promise<VoteClient> {
  const path = `/reviews/${reviewId}`;
  const [up, withdraw] = await Promise.all([encodeVote(form, true), encodeVote(form, false)]);
  const headers = {
    'user-agent': BROWSER_HEADERS['user-agent'],
    accept: 'text/x-component',
    'next-action': form.actionId,
    'next-router-state-tree': encodeURIComponent(JSON.stringify(reviewPageRouterState(reviewId))),
    // A browser's fetch() always names the page's origin; Next refuses an action from another.
    origin,
    referer: `${origin}${path}`,
  };

  const request = (upvoted: boolean, cookie: string): VoteRequest => {
    const vote = upvoted ? up : withdraw;
    return { method: 'POST', path, headers: { ...headers, 'content-type': vote.contentType, cookie }, body: vote.body };
  };

  return {
    origin,
    reviewId,
    request,
    async cast(upvoted, cookie) {
      const { method, headers: sent, body } = request(upvoted, cookie);
      const response = await fetch(`${origin}${path}`, { method, headers: sent, body: new Uint8Array(body), redirect: 'manual' });
      return readVoteAnswer({
        status: response.status,
        contentType: response.headers.get('content-type') ?? undefined,
        actionRedirect: response.headers.get('x-action-redirect') ?? undefined,
        payload: new Uint8Array(await response.arrayBuffer()),
      });
    },
  };
}
