import { SITE_NAME } from '@/lib/site';

/** What a message says: a greeting line, paragraphs, and at most one link to follow. */
export interface MailContent {
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the message: why it was sent. */
  footer?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/**
 * The plain-text and HTML bodies of one message, both saying the same. Both
 * carry the site's name; the HTML loads nothing (no images, fonts or pixels),
 * so opening a message tells nobody anything.
 */
export function composeMail(content: MailContent): { text: string; html: string } {
  const footer = content.footer ?? `You are receiving this because of your account on ${SITE_NAME}.`;
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '— ',
    `${SITE_NAME}. ${footer}`,
    '',
  ].join('\n');

  const paragraph = (body: string) => `<p style="margin:0 0 16px">${escapeHtml(body)}</p>`;
  const action = content.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(content.action.url)}" style="color:#9a3412;font-weight:bold">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#57534e">Or paste this address into your browser: ${escapeHtml(content.action.url)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.heading)}</title></head>
<body style="margin:0;padding:24px;background:#fafaf9;color:#1c1917;font-family:Georgia,serif;font-size:16px;line-height:1.5">
<div style="max-width:560px;margin:0 auto">
<p style="margin:0 0 24px;font-size:20px;font-weight:bold">${escapeHtml(SITE_NAME)}</p>
<h1 style="margin:0 0 16px;font-size:18px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
${action}
<p style="margin:32px 0 0;font-size:13px;color:#57534e">${escapeHtml(SITE_NAME)}. ${escapeHtml(footer)}</p>
</div></body></html>
`;
  return { text, html };
}
