/** Schema plus the checks a schema can't express: supported version, unique ids, known placeholders, valid and safe regexes. */
import { schemas, SCHEMA_VERSION, type Pack } from './schema';
import { PLACEHOLDERS, placeholdersIn } from './placeholders';
import { PackError, describeIssue, describeValue, formatPath } from './validation-errors';
import { unsafePatternReason } from './safe-regex';

/** Names where a path of the pack came from: `countries/de.yaml: entries[3].body`. */
export type Locate = (path: readonly PropertyKey[]) => string;

const known = new Set<string>(PLACEHOLDERS);

export function validatePack(data: unknown, file = 'pack', locate: Locate = (path) => `${file}: ${formatPath(path)}`): Pack {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new PackError([`${file}: expected a pack object, got ${describeValue(data)}`]);
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new PackError([`${file}: schemaVersion ${version} is newer than this extension supports (${SCHEMA_VERSION}); update Tact to install this pack`]);
  }
  const parsed = schemas().pack.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new PackError(parsed.error.issues.map((issue) => `${locate(issue.path)}: ${describeIssue(issue)}`));
  }
  const problems = semanticProblems(parsed.data, locate);
  if (problems.length) throw new PackError(problems);
  return parsed.data;
}

function semanticProblems(p: Pack, where: Locate): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  p.entries.forEach((entry, i) => {
    const first = seen.get(entry.id);
    if (first !== undefined) problems.push(`${where(['entries', i, 'id'])}: duplicate id "${entry.id}" (first at ${where(['entries', first])})`);
    else seen.set(entry.id, i);
    if (entry.kind === 'template') {
      entry.variants.forEach((variant, v) => {
        for (const name of placeholdersIn(variant.text)) {
          if (!known.has(name)) {
            problems.push(`${where(['entries', i, 'variants', v, 'text'])}: unknown placeholder {{${name}}} (known: ${PLACEHOLDERS.join(', ')})`);
          }
        }
      });
      const langs = entry.variants.map((v) => v.language);
      const dup = langs.find((l, k) => langs.indexOf(l) !== k);
      if (dup) problems.push(`${where(['entries', i, 'variants'])}: two variants in language "${dup}"`);
    }
    if (entry.kind === 'policy_rule') {
      entry.patterns.forEach((source, k) => {
        try {
          new RegExp(source, 'iu');
        } catch (error) {
          problems.push(`${where(['entries', i, 'patterns', k])}: invalid regular expression: ${(error as Error).message}`);
          return;
        }
        // Pack patterns run in the background on every reply: only the safe subset is accepted (safe-regex.ts).
        const unsafe = unsafePatternReason(source);
        if (unsafe) problems.push(`${where(['entries', i, 'patterns', k])}: policy rule "${entry.id}": unsafe pattern ${JSON.stringify(source)}: ${unsafe}`);
      });
    }
  });
  const codes = new Set<string>();
  p.countries.forEach((c, i) => {
    if (codes.has(c.code)) problems.push(`${where(['countries', i, 'code'])}: duplicate country "${c.code}"`);
    codes.add(c.code);
  });
  return problems;
}
