/**
 * What `npm run bench:lighthouse` prints: the scores per page and, for each
 * category below its target, the audits that cost the points, with enough of
 * each (value, elements, URLs) to find the code responsible.
 */
import type { Result } from 'lighthouse';

import { CATEGORIES, type Category, categoryScore, TARGETS } from './lighthouse-audit';
import { CSP_VIOLATIONS_AUDIT } from './lighthouse-csp-audit';
import type { AuditedPage } from './lighthouse-pages';

type Audit = Result['audits'][string];
type Details = NonNullable<Audit['details']>;
type Heading = { key: string | null; label: unknown; valueType: string; subItemsHeading?: { key: string } };
type Item = Record<string, unknown>;

export interface PageRuns {
  page: AuditedPage;
  runs: Result[];
  /** The run the table and the audits report (see representativeRun). */
  representative: Result;
}

const SHORT_NAMES: Record<Category, string> = {
  performance: 'perf',
  accessibility: 'a11y',
  'best-practices': 'best pr.',
  seo: 'seo',
};

/** Best Practices' "Trust and safety" audits that weigh nothing in its score, but are worth reading every time. */
const SECURITY_AUDITS = ['csp-xss', 'has-hsts', 'origin-isolation', 'clickjacking-mitigation', 'trusted-types-xss'];

const ITEMS_SHOWN = 5;

/** Audits whose items say what a terse Lighthouse audit leaves out. */
const EXPLAINED_BY: Record<string, string> = { 'inspector-issues': CSP_VIOLATIONS_AUDIT };

const pad = (text: string, width: number) => text.padEnd(width);
const oneLine = (text: string, limit = 220) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
};

/**
 * "92" or, over several runs, "92 (85–96)": the reported run and the range.
 * A run that could not score the category (an audit that timed out) is counted.
 */
function scoreCell(entry: PageRuns, category: Category): string {
  const score = categoryScore(entry.representative, category);
  const scored = entry.runs.map((run) => categoryScore(run, category)).filter((value): value is number => value !== null);
  const notes: string[] = [];
  if (scored.length > 1 && Math.min(...scored) !== Math.max(...scored))
    notes.push(`${Math.min(...scored)}–${Math.max(...scored)}`);
  if (scored.length < entry.runs.length) notes.push(`${entry.runs.length - scored.length}/${entry.runs.length} unscored`);
  const mark = score === null || score < TARGETS[category] ? ' ✗' : '';
  return `${score ?? '—'}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}${mark}`;
}

export function scoreTable(entries: PageRuns[]): string {
  const header = ['page', 'path', ...CATEGORIES.map((category) => `${SHORT_NAMES[category]} ≥${TARGETS[category]}`)];
  const rows = entries.map((entry) => [
    `${entry.page.key} (${entry.page.label})`,
    entry.page.path,
    ...CATEGORIES.map((category) => scoreCell(entry, category)),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) => `  ${row.map((cell, column) => pad(cell, widths[column]!)).join('  ')}`.trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n');
}

function formatNumber(value: number, valueType: string): string {
  if (valueType === 'bytes') return `${(value / 1024).toFixed(1)} KiB`;
  if (valueType === 'ms' || valueType === 'timespanMs') return `${Math.round(value).toLocaleString('en')} ms`;
  return Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(3);
}

/** One cell of a details table as text, whatever shape Lighthouse gave it. */
function cellText(value: unknown, valueType: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return formatNumber(value, valueType);
  if (typeof value !== 'object') return oneLine(String(value), 160);
  const cell = value as Item;
  switch (cell.type) {
    case 'node': {
      const label = cell.nodeLabel ? ` “${oneLine(String(cell.nodeLabel), 60)}”` : '';
      const explanation = cell.explanation ? ` — ${oneLine(String(cell.explanation))}` : '';
      return `${String(cell.selector ?? cell.snippet ?? 'element')}${label}${explanation}`;
    }
    case 'source-location':
      return `${String(cell.url)}:${Number(cell.line) + 1}:${Number(cell.column) + 1}`;
    case 'url':
    case 'code':
    case 'text':
    case 'numeric':
      return cellText(cell.value, valueType);
    case 'link':
      return `${String(cell.text)} <${String(cell.url)}>`;
    default:
      return undefined;
  }
}

function rowText(item: Item, headings: Heading[]): string {
  const cells = headings.flatMap((heading) => {
    const text = heading.key === null ? undefined : cellText(item[heading.key], heading.valueType);
    return text === undefined ? [] : [text];
  });
  const sub = item.subItems as { items?: Item[] } | undefined;
  const subKey = headings.find((heading) => heading.subItemsHeading)?.subItemsHeading?.key;
  const subTexts = subKey ? (sub?.items ?? []).slice(0, 2).flatMap((subItem) => cellText(subItem[subKey], 'text') ?? []) : [];
  return [cells.join(' · '), ...subTexts.map((text) => `↳ ${text}`)].filter(Boolean).join(' ');
}

/** The rows of a table, or of every table in a list (e.g. the LCP element and its phases). */
function itemLines(details: Details | undefined): string[] {
  if (!details) return [];
  if (details.type === 'table' || details.type === 'opportunity') {
    const headings = details.headings as Heading[];
    return (details.items as Item[]).map((item) => rowText(item, headings)).filter(Boolean);
  }
  if (details.type === 'list') {
    return details.items.flatMap((entry) => {
      const section = entry as { type: string; value?: unknown };
      const inner = (section.type === 'list-section' ? section.value : entry) as Details;
      return inner.type === 'table' ? itemLines(inner) : (cellText(inner, 'text') ?? []);
    });
  }
  return [];
}

function auditLines(audit: Audit, indent: string, result: Result): string[] {
  const score = audit.score === null ? audit.scoreDisplayMode : `score ${Math.round(audit.score * 100)}`;
  const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
  const lines = [`${indent}✗ ${audit.id}: ${audit.title}${value} (${score})`];
  if (audit.explanation) lines.push(`${indent}    ${oneLine(audit.explanation)}`);
  const explainer = EXPLAINED_BY[audit.id];
  const items = [...itemLines(audit.details), ...(explainer ? itemLines(result.audits[explainer]?.details) : [])];
  for (const item of items.slice(0, ITEMS_SHOWN)) lines.push(`${indent}    • ${item}`);
  if (items.length > ITEMS_SHOWN) lines.push(`${indent}    … and ${items.length - ITEMS_SHOWN} more`);
  return lines;
}

const SCORED_MODES = new Set(['numeric', 'binary', 'metricSavings']);

/**
 * The audits that cost a category its points. Performance is scored by its
 * metrics alone, so below its target it lists every metric, then the
 * opportunities and diagnostics Lighthouse rates below "good" (0.9); the
 * other categories list every weighted audit that did not pass.
 */
function failingAudits(result: Result, category: Category): Audit[] {
  const refs = result.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = result.audits[ref.id];
    if (!audit || audit.score === null || !SCORED_MODES.has(audit.scoreDisplayMode)) return [];
    if (category === 'performance') return ref.group !== 'metrics' && ref.group !== 'hidden' && audit.score < 0.9 ? [audit] : [];
    return ref.weight > 0 && audit.score < 1 ? [audit] : [];
  });
}

/**
 * Audits that could not run, one line per cause: when a gatherer fails (axe
 * timing out on a very large page, say) every audit that needs it fails alike.
 */
function erroredLines(result: Result, category: Category, indent: string): string[] {
  const byCause = new Map<string, string[]>();
  for (const ref of result.categories[category]?.auditRefs ?? []) {
    const audit = result.audits[ref.id];
    if (audit?.scoreDisplayMode !== 'error') continue;
    const cause = oneLine(audit.errorMessage ?? 'unknown error');
    byCause.set(cause, [...(byCause.get(cause) ?? []), audit.id]);
  }
  return [...byCause].map(([cause, ids]) => {
    const named = ids.length > 4 ? `${ids.slice(0, 4).join(', ')} and ${ids.length - 4} more` : ids.join(', ');
    return `${indent}✗ ${ids.length} audit${ids.length === 1 ? '' : 's'} could not run (${named}): ${cause}`;
  });
}

function metricLines(result: Result, indent: string): string[] {
  const refs = result.categories.performance?.auditRefs.filter((ref) => ref.group === 'metrics' && ref.weight > 0) ?? [];
  const cells = refs.map((ref) => {
    const audit = result.audits[ref.id];
    const score = audit?.score === null || audit?.score === undefined ? '—' : Math.round(audit.score * 100);
    return `${ref.acronym ?? ref.id} ${audit?.displayValue ?? '—'} (${score}, weight ${ref.weight})`;
  });
  return [`${indent}metrics: ${cells.join(' · ')}`];
}

/**
 * These audits pass or fail nothing: they list findings with a severity, and
 * "not applicable" means they found nothing to say.
 */
function securityLines(result: Result, indent: string): string[] {
  return SECURITY_AUDITS.flatMap((id) => {
    const audit = result.audits[id];
    if (!audit) return [];
    const items = itemLines(audit.details);
    const high = JSON.stringify(audit.details ?? {}).includes('"severity":"High"');
    const verdict = items.length === 0 ? '✓' : high ? '!' : '·';
    const detail = items.length > 0 ? `: ${items.join('; ')}` : ': nothing found';
    return [`${indent}${verdict} ${id}: ${audit.title}${detail}`];
  });
}

/** Everything an engineer needs to bring one page up to its targets (the security findings apart: see securityFindings). */
export function pageFindings(entry: PageRuns): string {
  const result = entry.representative;
  const lines = [`${entry.page.key} — ${result.finalDisplayedUrl}`];
  if (result.runtimeError)
    lines.push(`  ! Lighthouse could not finish: ${result.runtimeError.code} ${result.runtimeError.message}`);
  for (const warning of result.runWarnings) lines.push(`  ! ${oneLine(String(warning))}`);
  for (const category of CATEGORIES) {
    const score = categoryScore(result, category);
    if (score !== null && score >= TARGETS[category]) continue;
    lines.push(`  ${result.categories[category]?.title ?? category}: ${score ?? '—'} (target ${TARGETS[category]})`);
    if (category === 'performance') lines.push(...metricLines(result, '    '));
    const failing = failingAudits(result, category);
    const errored = erroredLines(result, category, '    ');
    if (failing.length === 0 && errored.length === 0)
      lines.push('    (no single audit below “good”: the metrics above carry the score)');
    for (const audit of failing) lines.push(...auditLines(audit, '    ', result));
    lines.push(...errored);
  }
  return lines.join('\n');
}

/**
 * The trust-and-safety findings, once when every page has the same (the
 * headers come from one proxy and one config), else per page.
 */
export function securityFindings(entries: PageRuns[]): string {
  const title = 'Best Practices, trust and safety (findings, not scored; ! = high severity)';
  const perPage = entries.map((entry) => securityLines(entry.representative, '    '));
  if (perPage.every((lines) => lines.join('\n') === perPage[0]!.join('\n'))) {
    return [`${title}, every page:`, ...perPage[0]!.map((line) => line.slice(2))].join('\n');
  }
  return [`${title}:`, ...entries.flatMap((entry, index) => [`  ${entry.page.key}`, ...perPage[index]!])].join('\n');
}
