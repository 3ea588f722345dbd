/**
 * The layered knowledge base for the side panel, read live from Dexie (extension origin): a pack imported in
 * the options page or updated by the background shows up without reopening the panel (Dexie's liveQuery
 * re-runs when `packs` changes in any context). The background is asked first so a fresh install has its core pack.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { TactDb } from '@/knowledge/db';
import { loadKnowledgeBase, type KnowledgeBase } from '@/knowledge/layering';
import type { KnowledgeClient } from '@/components/shared/knowledge-client';

let shared: TactDb | null = null;

export function useKnowledgeBase(client: KnowledgeClient, db?: TactDb): { kb: KnowledgeBase | null; error: string | null } {
  const [kb, setKb] = useState<KnowledgeBase | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const database = db ?? (shared ??= new TactDb());
    let live = true;
    let subscription: { unsubscribe(): void } | null = null;
    void client
      .status()
      .catch(() => undefined) // A sleeping or broken background must not hide what is already stored.
      .then(() => {
        if (!live) return;
        subscription = liveQuery(() => loadKnowledgeBase(database)).subscribe({
          next: (next) => live && (setKb(next), setError(null)),
          error: (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
        });
      });
    return () => {
      live = false;
      subscription?.unsubscribe();
    };
  }, [client, db]);
  return { kb, error };
}
