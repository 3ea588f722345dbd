/** Turns schema issues into team-lead-readable lines: `countries/de.yaml: entries[3].body.en: expected string, got number`. */
import type { z } from 'zod';

export class PackError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.slice(0, 20).join('\n') + (problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''));
    this.name = 'PackError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const got = 'input' in issue ? describeValue(issue.input) : 'nothing';
    return `expected ${issue.expected}, got ${got === 'undefined' ? 'nothing' : got}`;
  }
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    return `unknown ${String(issue.discriminator)}: expected one of culture_tip, playbook, template, policy_rule, vocabulary`;
  }
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}
