import type { UnsubscribeOutcome } from './mutations';
import { TOPIC_PHRASES } from './text';
import type { UnsubscribeScope } from './types';

type Problem = Extract<UnsubscribeOutcome, { ok: false }>['reason'];

/** What the unsubscribe page and the one-click answer say when a link does not work. */
export const UNSUBSCRIBE_PROBLEMS: Record<Problem, string> = {
  invalid:
    'This unsubscribe link does not work: it was copied incompletely or changed. Use the link in your latest mail from Verdict, or choose what you get in your settings.',
  expired:
    'This unsubscribe link has expired: links work for 90 days. Use the link in a newer mail from Verdict, or choose what you get in your settings.',
  'no-account': 'This account no longer exists, so it gets no mail from Verdict.',
};

/** What a link stops, as the confirming page asks it and as the page says once it is done. */
export function unsubscribeWording(scope: UnsubscribeScope): { question: string; done: string } {
  if (scope === 'digest') {
    return {
      question: 'Stop the daily digest?',
      done: 'You will no longer get the daily digest. Mail you asked to get at once stays as you chose.',
    };
  }
  return {
    question: `Stop mail about ${TOPIC_PHRASES[scope]}?`,
    done: `You will no longer get mail about ${TOPIC_PHRASES[scope]}.`,
  };
}
