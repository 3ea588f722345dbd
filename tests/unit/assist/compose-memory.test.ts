import { describe, expect, it } from 'vitest';
import { createAssistStore } from '@/components/overlay/assist-store';
import { createComposeMemory } from '@/entrypoints/assist.content/compose-memory';

describe('compose memory', () => {
  it('never carries a reply to another buyer, and brings it back on return', () => {
    const store = createAssistStore('en');
    const memory = createComposeMemory(store);
    memory.switchTo(null, 'amazon:lukas');
    store.setState({ compose: 'Hallo Lukas, Ihre Bestellung 302-1111111-2222222 …' });
    memory.switchTo('amazon:lukas', 'amazon:marie');
    expect(store.getState().compose).toBe('');
    store.setState({ compose: 'Bonjour Marie,' });
    memory.switchTo('amazon:marie', 'amazon:lukas');
    expect(store.getState().compose).toBe('Hallo Lukas, Ihre Bestellung 302-1111111-2222222 …');
    memory.switchTo('amazon:lukas', 'amazon:marie');
    expect(store.getState().compose).toBe('Bonjour Marie,');
  });
});
