import { SITE_NAME } from '@/lib/site';

/** What a message says: a greeting line, paragraphs, and at most one link to follow. */
export interface MailContent {
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Headed lists of linked lines under the paragraphs, such as a digest's replies and badges. */
  sections?: { heading: string; items: { text: string; url: string }[]; more?: string }[];
  /** Small print under the message: why it was sent. */
  footer?: string;
  /** Where one click stops mail like this one, shown with the small print. */
  unsubscribeUrl?: string;
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
    ...(content.sections ?? []).flatMap((section) => [
      section.heading,
      '',
      ...section.items.flatMap((item) => [`- ${item.text}`, `  ${item.url}`]),
      ...(section.more ? [section.more] : []),
      '',
    ]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '— ',
    `${SITE_NAME}. ${footer}`,
    ...(content.unsubscribeUrl ? [`Unsubscribe: ${content.unsubscribeUrl}`] : []),
    '',
  ].join('\n');

  const paragraph = (body: string) => `<p style="margin:0 0 16px">${escapeHtml(body)}</p>`;
  const action = content.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(content.action.url)}" style="color:#9a3412;font-weight:bold">${escapeHtml(content.action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:13px;color:#57534e">Or paste this address into your browser: ${escapeHtml(content.action.url)}</p>`
    : '';
  const sections = (content.sections ?? [])
    .map(
      (section) =>
        `<h2 style="margin:24px 0 8px;font-size:16px">${escapeHtml(section.heading)}</h2>\n<ul style="margin:0 0 16px;padding-left:20px">\n` +
        section.items
          .map(
            (item) =>
              `<li style="margin:0 0 8px"><a href="${escapeHtml(item.url)}" style="color:#1c1917">${escapeHtml(item.text)}</a></li>`,
          )
          .join('\n') +
        `\n</ul>${section.more ? `\n<p style="margin:0 0 16px">${escapeHtml(section.more)}</p>` : ''}`,
    )
    .join('\n');
  const unsubscribe = content.unsubscribeUrl
    ? ` <a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#57534e">Unsubscribe</a>`
    : '';
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.heading)}</title></head>
<body style="margin:0;padding:24px;background:#fafaf9;color:#1c1917;font-family:Georgia,serif;font-size:16px;line-height:1.5">
<div style="max-width:560px;margin:0 auto">
<p style="margin:0 0 24px;font-size:20px;font-weight:bold">${escapeHtml(SITE_NAME)}</p>
<h1 style="margin:0 0 16px;font-size:18px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map(paragraph).join('\n')}
${sections}
${action}
<p style="margin:32px 0 0;font-size:13px;color:#57534e">${escapeHtml(SITE_NAME)}. ${escapeHtml(footer)}${unsubscribe}</p>
</div></body></html>
`;
  return { text, html };
}
