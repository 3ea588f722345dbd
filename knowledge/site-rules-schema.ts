/**
 * The `sites` section of a pack: how Tact reads one family of marketplace pages (selectors, the attribute a
 * value lives in, URL tests, what marks the seller's messages). Data, so a markup change is fixed by
 * publishing a pack. The interpreter is utils/sites/rules/rule-adapter.ts; transforms name code in
 * utils/sites/rules/transforms.ts where a pattern alone can't do it.
 */
import { z } from 'zod';
import { unsafePatternReason } from './safe-regex';

/** Named host lists a rule may use instead of listing hostnames (resolved in utils/sites/rules/hosts.ts). */
export const HOST_SETS = ['amazon-seller-central', 'aliexpress-seller'] as const;

/** Code a rule may call on a value it read (utils/sites/rules/transforms.ts); each is documented there. */
export const SITE_TRANSFORMS = ['contact-header-name', 'amazon-topic', 'intent', 'country', 'sprite-country', 'amazon-marketplace-country'] as const;

/** Fields a rule reads per conversation (besides the messages). */
export const SITE_FIELDS = ['buyerName', 'orderId', 'product', 'trackingNumber', 'country', 'marketplaceCountry', 'topic'] as const;

/** Site-rule patterns run on every read of the page: they must compile, be short, and be in the safe subset (safe-regex.ts). */
function patternProblem(source: string): string | null {
  if (source.length > 300) return `pattern is ${source.length} characters long (at most 300)`;
  try {
    new RegExp(source, 'iu');
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message}`;
  }
  return unsafePatternReason(source);
}

export function buildSiteRuleSchema() {
  const ID = /^[a-z0-9][a-z0-9._-]{0,119}$/;
  const pattern = z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      const problem = patternProblem(source);
      if (problem) ctx.addIssue({ code: 'custom', message: `unsafe pattern "${source}": ${problem}` });
    });
  const selector = z.string().trim().min(1, 'empty CSS selector').max(400, 'CSS selector longer than 400 characters');
  /** Fallbacks, tried in order: the first that matches a visible element wins. */
  const selectors = z.union([selector, z.array(selector).min(1).max(20)]);
  const attr = z
    .string()
    .regex(
      /^(label|placeholder|title|alt|datetime|value|text|href|class|aria-label|data-[a-z0-9-]+)$/,
      'an attribute: label, placeholder, title, alt, datetime, value, text, href, class, aria-label or data-*',
    );
  const param = z.string().regex(/^[A-Za-z0-9_.-]{1,60}$/, 'a URL parameter name');

  const pick = z
    .strictObject({
      /** Read an element: the first visible match of these selectors… */
      css: selectors.optional(),
      /** …searched in the conversation root (default), the message row, or the whole page (side panels). */
      scope: z.enum(['root', 'row', 'page']).optional(),
      /** The attribute holding the value (Katal keeps text in label/placeholder); default: the visible text. */
      attr: attr.optional(),
      /** Or read the URL: a query parameter, a parameter of the hash route (#/window?sessionId=), or its path. */
      param: param.optional(),
      hashParam: param.optional(),
      url: z.enum(['path', 'hash', 'host']).optional(),
      /** Or another field this rule already read (for the conversation key). */
      field: z.enum(SITE_FIELDS).optional(),
      /** Keep only the first match (group 1 when the pattern has a group). Unicode, case-insensitive. */
      regex: pattern.optional(),
      /** A value to use when the source matched (e.g. a page path that means "return"). */
      value: z.string().min(1).max(120).optional(),
      transform: z.enum(SITE_TRANSFORMS).optional(),
    })
    .superRefine((p, ctx) => {
      const sources = (['css', 'param', 'hashParam', 'url', 'field'] as const).filter((k) => p[k] !== undefined);
      if (sources.length !== 1)
        ctx.addIssue({ code: 'custom', message: `a pick reads exactly one source (css, param, hashParam, url or field), got ${sources.length ? sources.join(' + ') : 'none'}` });
      if ((p.scope || p.attr) && p.css === undefined) ctx.addIssue({ code: 'custom', message: 'scope and attr only apply to a css pick' });
    });
  /** One pick, or fallbacks tried in order until one gives a value. */
  const field = z.union([pick, z.array(pick).min(1).max(20)]);

  const hostname = z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'an exact hostname such as sellercentral.amazon.de');

  const messages = z.strictObject({
    /** One element per message, searched inside the root; hidden rows are skipped. */
    row: selectors,
    /** Marks on the row itself, a wrapper inside the root, or inside the row. */
    seller: selectors.optional(),
    buyer: selectors.optional(),
    /** The store account (AliExpress fromType 13: the platform's AI replies as the shop) is read as the seller. */
    store: selectors.optional(),
    /** What a row with no mark is. */
    unmarked: z.enum(['buyer', 'seller']).default('buyer'),
    body: field.optional(),
    time: field.optional(),
  });

  const siteRule = z.strictObject({
    id: z.string().regex(ID, 'lowercase id of letters, digits, ".", "_" or "-"'),
    marketplace: z.enum(['amazon', 'aliexpress']),
    description: z.string().trim().min(1).max(2000).optional(),
    hosts: z.union([z.enum(HOST_SETS), z.array(hostname).min(1).max(100)]),
    url: z.strictObject({ path: pattern, hash: pattern.optional(), notPath: pattern.optional() }),
    /** The visible conversation: the first visible match. */
    root: selectors,
    /** Seen when the page is this rule's even with no conversation open (an empty inbox): "no conversation", not "unreadable". */
    page: selectors.optional(),
    messages,
    /** A root with no messages is no conversation (a thread still loading) unless this is false (a contact form). */
    requireMessages: z.boolean().default(true),
    fields: z.strictObject(Object.fromEntries(SITE_FIELDS.map((f) => [f, field.optional()])) as Record<(typeof SITE_FIELDS)[number], z.ZodOptional<typeof field>>).default({}),
    /** Stable per conversation: the first pick that gives a value. */
    key: field,
    replyBox: selectors,
    sendButton: selectors.optional(),
    /** `visible` (default): hidden matches — `hidden`, display:none, aria-hidden ancestors — are never read. */
    visibility: z.enum(['visible', 'any']).default('visible'),
  });

  const sites = z
    .array(siteRule)
    .max(200)
    .superRefine((rules, ctx) => {
      const seen = new Map<string, number>();
      rules.forEach((r, i) => {
        const first = seen.get(r.id);
        if (first !== undefined) ctx.addIssue({ code: 'custom', message: `duplicate site rule id "${r.id}" (first at sites[${first}])`, path: [i, 'id'] });
        else seen.set(r.id, i);
      });
    });
  return { siteRule, sites, sitePick: pick };
}

type SiteSchemas = ReturnType<typeof buildSiteRuleSchema>;
export type SiteRule = z.infer<SiteSchemas['siteRule']>;
export type SiteRuleInput = z.input<SiteSchemas['siteRule']>;
export type SitePick = z.infer<SiteSchemas['sitePick']>;
export type SiteField = (typeof SITE_FIELDS)[number];
export type SiteTransform = (typeof SITE_TRANSFORMS)[number];
