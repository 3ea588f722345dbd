/**
 * Where on the page a reading came from: the element holding the conversation the last read found. The
 * manager reads again at once when the page changes inside it (or around it), and only later for changes
 * elsewhere (a ticking clock, an ad carousel), so a busy page does not make Tact read it on every burst.
 * Kept beside the conversation, never on it: conversations travel to the background.
 */
const regions = new WeakMap<object, Element>();

export function withRegion<T extends object>(conversation: T, region: Element | null | undefined): T {
  if (region) regions.set(conversation, region);
  return conversation;
}

export function regionOf(conversation: object | null | undefined): Element | null {
  return (conversation && regions.get(conversation)) ?? null;
}

/** The region and the shadow hosts around it: a change to any of them (or inside the region) is news. */
export function regionAnchors(region: Element): Node[] {
  const anchors: Node[] = [region];
  for (let root = region.getRootNode(); root && 'host' in root; root = (root as ShadowRoot).host.getRootNode()) anchors.push((root as ShadowRoot).host);
  return anchors;
}

/** A mutation inside the region, or to a node that holds it (the region may be replaced), concerns the reading. */
export function touchesRegion(record: MutationRecord, anchors: readonly Node[]): boolean {
  const target = record.target;
  if (anchors[0].contains(target)) return true;
  for (const anchor of anchors) if (target.contains(anchor)) return true;
  return false;
}
