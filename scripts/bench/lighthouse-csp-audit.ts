/**
 * What broke the Content-Security-Policy. Lighthouse's own `inspector-issues`
 * only says "Content security policy"; this audit reads the same DevTools
 * issues and names the directive, the kind of violation (an inline script,
 * an eval, a blocked URL) and the script and position that caused it.
 */
import { Audit, type Artifacts } from 'lighthouse';

export const CSP_VIOLATIONS_AUDIT = 'csp-violations';

type CspIssue = NonNullable<Artifacts['InspectorIssues']['contentSecurityPolicyIssue']>[number];

function violationRow(issue: CspIssue) {
  const location = issue.sourceCodeLocation;
  return {
    directive: issue.violatedDirective,
    // "kEvalViolation" → "eval", "kInlineViolation" → "inline", "kURLViolation" → "URL"
    violation: issue.contentSecurityPolicyViolationType.replace(/^k|Violation$/g, ''),
    blocked: issue.blockedURL ?? '',
    source: location
      ? {
          type: 'source-location' as const,
          url: location.url,
          urlProvider: 'network' as const,
          line: location.lineNumber,
          column: location.columnNumber,
        }
      : undefined,
  };
}

export class CspViolationsAudit extends Audit {
  static override get meta() {
    return {
      id: CSP_VIOLATIONS_AUDIT,
      title: 'Nothing broke the Content-Security-Policy',
      failureTitle: 'Something broke the Content-Security-Policy',
      description: 'Each violation the browser reported: the directive, what kind, what it blocked and the script responsible.',
      requiredArtifacts: ['InspectorIssues' as const],
    };
  }

  static override audit(artifacts: Pick<Artifacts, 'InspectorIssues'>) {
    const rows = (artifacts.InspectorIssues.contentSecurityPolicyIssue ?? []).map(violationRow);
    const headings = [
      { key: 'directive', valueType: 'code' as const, label: 'Directive' },
      { key: 'violation', valueType: 'text' as const, label: 'Violation' },
      { key: 'blocked', valueType: 'url' as const, label: 'Blocked' },
      { key: 'source', valueType: 'source-location' as const, label: 'Source' },
    ];
    return { score: rows.length === 0 ? 1 : 0, details: Audit.makeTableDetails(headings, rows) };
  }
}
