import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Overlay } from '../../../components/overlay/overlay';
import { createAssistStore, type AssistActions } from '../../../utils/assist/store';
import { sampleSuggestions } from './sample-suggestions';

function setup(state: Parameters<ReturnType<typeof createAssistStore>['setState']>[0]) {
  const store = createAssistStore('en');
  store.setState(state);
  const actions: AssistActions = { refresh: vi.fn(), insert: vi.fn(async () => true), setCollapsed: vi.fn((collapsed) => store.setState({ collapsed })), suggestForPasted: vi.fn() };
  render(<Overlay store={store} actions={actions} />);
  return { store, actions };
}

const conversation = { marketplace: 'amazon' as const, key: 'k', host: 'sellercentral.amazon.de', url: 'https://sellercentral.amazon.de/messaging/inbox', buyerName: 'Lukas Schmidt', orderId: '302-4589123-7788123', messages: [{ from: 'buyer' as const, text: 'kaputt', time: '2026-11-22T08:14:00Z' }] };

describe('Overlay', () => {
  it('shows what was detected, the tip, the playbook and the filled template', () => {
    setup({ status: 'ready', suggestions: sampleSuggestions, conversation });
    expect(screen.getByText('Germany', { exact: false })).toBeTruthy();
    expect(screen.getByText('German', { selector: '[data-chip="language"]' })).toBeTruthy();
    expect(screen.getByText('Damaged item', { selector: '[data-chip="intent"]' })).toBeTruthy();
    expect(screen.getByText('Frustrated')).toBeTruthy();
    expect(screen.getByText('Write formally')).toBeTruthy();
    expect(screen.getByText('Ask for photos', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText(/Reply within 24 h — by/)).toBeTruthy();
    const template = screen.getByText(/Guten Tag Lukas Schmidt/);
    expect(template.textContent).toContain('302-4589123-7788123');
    expect(within(template).getByText('[agent_name]').tagName).toBe('MARK');
  });

  it('inserts the filled text and collapses to a pill', async () => {
    const { actions } = setup({ status: 'ready', suggestions: sampleSuggestions, conversation });
    await userEvent.click(screen.getByRole('button', { name: 'Insert' }));
    expect(actions.insert).toHaveBeenCalledWith('Guten Tag Lukas Schmidt,\nBestellung 302-4589123-7788123.\n[agent_name]');
    await userEvent.click(screen.getByRole('button', { name: 'Collapse Tact' }));
    expect(screen.getByRole('button', { name: 'Open Tact' })).toBeTruthy();
  });

  it('offers the paste box when there is no conversation', async () => {
    const { actions } = setup({ status: 'no-conversation' });
    const box = screen.getByLabelText("Paste the buyer's message to get suggestions");
    await userEvent.type(box, 'Where is my parcel?');
    await userEvent.click(screen.getByRole('button', { name: 'Suggest' }));
    expect(actions.suggestForPasted).toHaveBeenCalledWith('Where is my parcel?');
  });

  it('speaks Chinese when the agent UI is zh', () => {
    const store = createAssistStore('zh');
    store.setState({ status: 'ready', suggestions: sampleSuggestions, conversation });
    render(<Overlay store={store} actions={{ refresh: vi.fn(), insert: vi.fn(), setCollapsed: vi.fn(), suggestForPasted: vi.fn() }} />);
    expect(screen.getByRole('button', { name: '插入' })).toBeTruthy();
    expect(screen.getByText('正式书写')).toBeTruthy();
  });
});
