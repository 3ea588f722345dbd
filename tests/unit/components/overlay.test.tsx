import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Overlay } from '@/components/overlay/overlay';
import { createAssistStore, type AssistActions, type AssistState } from '@/components/overlay/assist-store';
import { sampleSuggestions } from './sample-suggestions';

function fakeActions(store: ReturnType<typeof createAssistStore>): AssistActions {
  return {
    refresh: vi.fn(),
    insert: vi.fn(async () => true),
    setCollapsed: vi.fn((collapsed: boolean) => store.setState({ collapsed })),
    suggestForPasted: vi.fn(),
    setOverrides: vi.fn(async (overrides) => store.setState({ overrides })),
    search: vi.fn(async () => []),
    setCompose: vi.fn((compose: string) => store.setState({ compose })),
    teach: vi.fn(async (target) => store.setState({ teaching: target })),
    forgetTaught: vi.fn(async () => store.setState({ taught: false })),
    exportTaught: vi.fn(async () => undefined),
    copied: vi.fn(),
    rated: vi.fn(),
  };
}

function setup(state: Partial<AssistState>) {
  const store = createAssistStore('en');
  store.setState(state);
  const actions = fakeActions(store);
  render(<Overlay store={store} actions={actions} />);
  return { store, actions };
}

const conversation = {
  marketplace: 'amazon' as const,
  key: 'k',
  host: 'sellercentral.amazon.de',
  url: 'https://sellercentral.amazon.de/messaging/inbox',
  buyerName: 'Lukas Schmidt',
  orderId: '302-4589123-7788123',
  messages: [{ from: 'buyer' as const, text: 'kaputt', time: '2026-11-22T08:14:00Z' }],
};

describe('Overlay', () => {
  it('shows what was detected, the tip, the playbook and the filled template', () => {
    setup({ status: 'ready', suggestions: sampleSuggestions, conversation });
    expect((screen.getByLabelText('Country') as HTMLSelectElement).value).toBe('DE');
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('de');
    expect((screen.getByLabelText('Intent') as HTMLSelectElement).value).toBe('damaged_item');
    expect(screen.getByText('Frustrated')).toBeTruthy();
    expect(screen.getByText('Write formally')).toBeTruthy();
    expect(screen.getByText('Ask for photos', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText(/Reply within 24 h — answer by .* your time \(overdue/)).toBeTruthy();
    expect(screen.getByText(/Amazon 24 h response clock/)).toBeTruthy();
    const template = screen.getByText(/Guten Tag Lukas Schmidt/);
    expect(template.textContent).toContain('302-4589123-7788123');
    expect(within(template).getByText('[agent_name]').tagName).toBe('MARK');
  });

  it('inserts the filled text and collapses to a pill', async () => {
    const { actions } = setup({ status: 'ready', suggestions: sampleSuggestions, conversation });
    await userEvent.click(screen.getByRole('button', { name: 'Insert' }));
    expect(actions.insert).toHaveBeenCalledWith('Guten Tag Lukas Schmidt,\nBestellung 302-4589123-7788123.\n[agent_name]', 'tpl.damaged_item.amazon.photos');
    await userEvent.click(screen.getByRole('button', { name: 'Collapse Tact' }));
    expect(screen.getByRole('button', { name: 'Open Tact' })).toBeTruthy();
  });

  it('lets the agent correct the intent, and combine snippets into one reply', async () => {
    const { actions, store } = setup({ status: 'ready', suggestions: sampleSuggestions, conversation });
    await userEvent.selectOptions(screen.getByLabelText('Intent'), 'refund_request');
    expect(actions.setOverrides).toHaveBeenCalledWith({ intent: 'refund_request' });
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(store.getState().compose.split('Guten Tag').length).toBe(3);
    await userEvent.click(screen.getByRole('button', { name: 'Insert reply' }));
    expect(actions.insert).toHaveBeenLastCalledWith(store.getState().compose);
  });

  it('shows compliance findings with the rule explained in both languages', () => {
    setup({
      status: 'ready',
      suggestions: sampleSuggestions,
      conversation,
      lint: [
        {
          ruleId: 'policy.amazon.no-email',
          check: 'email',
          severity: 'error',
          start: 0,
          end: 11,
          match: 'a@b.example',
          explanation: { en: 'No email addresses on Amazon.', zh: '亚马逊禁止邮箱地址。' },
        },
      ],
    });
    const card = screen.getByRole('heading', { name: 'Compliance check' }).closest('section')!;
    expect(within(card).getByText(/a@b\.example/)).toBeTruthy();
    expect(within(card).getByText('No email addresses on Amazon.', { exact: false })).toBeTruthy();
    expect(within(card).getByText('亚马逊禁止邮箱地址。', { exact: false })).toBeTruthy();
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
    render(<Overlay store={store} actions={fakeActions(store)} />);
    expect(screen.getByRole('button', { name: '插入' })).toBeTruthy();
    expect(screen.getByText('正式书写')).toBeTruthy();
  });

  it('keeps the overlay working when one team-pack entry is malformed, and logs the entry and pack', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const good = sampleSuggestions.templates[0];
    // A team pack's template without text and a playbook without steps: both would throw while rendering.
    const broken = { ...good, packId: 'team-pack', template: { ...good.template, id: 'tpl.team.broken' }, variant: { language: 'de' } as never };
    const badPlaybook = { ...sampleSuggestions.playbooks[0], id: 'playbook.team.broken', steps: null as never };
    setup({
      status: 'ready',
      conversation,
      suggestions: {
        ...sampleSuggestions,
        templates: [broken, good],
        playbooks: [badPlaybook],
        packOf: { ...sampleSuggestions.packOf, 'tpl.team.broken': 'team-pack', 'playbook.team.broken': 'team-pack' },
      },
    });
    expect(screen.getAllByRole('button', { name: 'Insert' }).length).toBeGreaterThan(0);
    expect(screen.getByText('Write formally')).toBeTruthy();
    expect(screen.getAllByText(/could not be shown/)).toHaveLength(2);
    const logged = error.mock.calls.map((c) => String(c[0])).join('\n');
    expect(logged).toContain('team-pack/tpl.team.broken');
    expect(logged).toContain('team-pack/playbook.team.broken');
    error.mockRestore();
  });
});

describe('overlay when the page cannot be read', () => {
  it('says so, offers teach mode and a paste box that can be used again and again', async () => {
    const user = userEvent.setup();
    const { actions, store } = setup({ status: 'unreadable' });
    expect(screen.getByRole('region', { name: "Couldn't read this page." })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: "Point at the buyer's message" }));
    expect(actions.teach).toHaveBeenCalledWith('message');
    expect(screen.getByText('Click the element on the page · Esc to cancel')).toBeTruthy();
    store.setState({ teaching: null });
    const box = await screen.findByLabelText("Paste the buyer's message to get suggestions");
    await user.type(box, 'Où est ma commande ?');
    await user.click(screen.getByRole('button', { name: 'Suggest' }));
    expect(actions.suggestForPasted).toHaveBeenLastCalledWith('Où est ma commande ?');
    expect((box as HTMLTextAreaElement).value).toBe('');
    await user.type(box, 'Second message');
    await user.click(screen.getByRole('button', { name: 'Suggest' }));
    expect(actions.suggestForPasted).toHaveBeenLastCalledWith('Second message');
  });

  it('offers Forget and Export once something was taught', () => {
    setup({ status: 'unreadable', taught: true });
    expect(screen.getByRole('button', { name: 'Export as site rule' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Forget what I showed' })).toBeTruthy();
  });

  it('names the layer that read the conversation and lets the agent correct it', async () => {
    const user = userEvent.setup();
    const { actions } = setup({ status: 'ready', conversation: { marketplace: 'amazon', key: 'k', host: 'h', url: 'https://h/', messages: [], source: 'generic' } });
    expect(document.querySelector('[data-source="generic"]')?.textContent).toContain('Read by the generic reader');
    await user.click(screen.getByRole('button', { name: 'Read wrong? Show Tact' }));
    await user.click(screen.getByRole('button', { name: 'Point at the reply box' }));
    expect(actions.teach).toHaveBeenCalledWith('replyBox');
  });
});

describe('overlay keyboard', () => {
  it('collapses on Escape', async () => {
    const user = userEvent.setup();
    const { actions } = setup({ status: 'no-conversation' });
    await user.click(screen.getByLabelText("Paste the buyer's message to get suggestions"));
    await user.keyboard('{Escape}');
    expect(actions.setCollapsed).toHaveBeenCalledWith(true);
  });
});
