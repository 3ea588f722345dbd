/** A WXT storage item as React state, updating when another context writes it. */
import { useEffect, useRef, useState } from 'react';

interface ItemLike<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

export function useStorageItem<T>(item: ItemLike<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  // The first render's fallback is kept: a new literal on each render must not re-subscribe.
  const fallback = useRef(initial);
  useEffect(() => {
    const initial = fallback.current;
    let live = true;
    void item.getValue().then((v) => live && setValue(v ?? initial));
    const stop = item.watch((v) => live && setValue(v ?? initial));
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  return value;
}
