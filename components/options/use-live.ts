/** Small live-data hooks: a Dexie query and a WXT storage item, both updating when another context writes. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error('tact: live query', e) });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}

interface ItemLike<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

export function useStorageItem<T>(item: ItemLike<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v ?? initial));
    const stop = item.watch((v) => live && setValue(v ?? initial));
    return () => {
      live = false;
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [item]);
  return value;
}
