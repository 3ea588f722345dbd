/** A site rule's row cache: unchanged rows are reused, and every change that can alter a row is read again. */
import { describe, expect, it } from 'vitest';
import { testRuleAdapter } from './test-rule';

const URL_ = new URL('https://sellercentral.amazon.de/messaging/inbox?threadId=T1');
const adapter = () => testRuleAdapter();

function thread() {
  document.body.innerHTML = `<div class="view"><div class="list">
    <div class="wrap"><div class="msg" id="a"><p class="text">Where is my parcel?</p></div></div>
    <div class="wrap"><div class="msg" id="b"><p class="text">It was due Monday.</p></div></div>
  </div><span class="typing">…</span><textarea></textarea></div>`;
  return document;
}

describe('row cache', () => {
  it('reuses unchanged rows, even while a typing indicator inside the thread ticks', () => {
    const doc = thread();
    const a = adapter();
    const first = a.read(doc, URL_)!;
    doc.querySelector('.typing')!.textContent = 'Buyer is typing…';
    doc.querySelector('.typing')!.setAttribute('data-n', '2');
    const second = a.read(doc, URL_)!;
    expect(second.messages[0]).toBe(first.messages[0]);
    expect(second.messages[1]).toBe(first.messages[1]);
  });

  it('reads a row again when its text changes, and a new row at once', () => {
    const doc = thread();
    const a = adapter();
    a.read(doc, URL_);
    doc.querySelector('#b .text')!.textContent = 'It was due Monday. Any news?';
    const row = Object.assign(doc.createElement('div'), { className: 'msg', innerHTML: '<p class="text">Hello?</p>' });
    doc.querySelector('.list')!.append(row);
    expect(a.read(doc, URL_)!.messages.map((m) => m.text)).toEqual(['Where is my parcel?', 'It was due Monday. Any news?', 'Hello?']);
  });

  it('drops every row when a wrapper takes the seller mark, and a row moved into another wrapper', () => {
    const doc = thread();
    const a = adapter();
    expect(a.read(doc, URL_)!.messages.map((m) => m.from)).toEqual(['buyer', 'buyer']);
    doc.querySelectorAll('.wrap')[1].classList.add('mine');
    expect(a.read(doc, URL_)!.messages.map((m) => m.from)).toEqual(['buyer', 'seller']);
    const mine = Object.assign(doc.createElement('div'), { className: 'mine' });
    doc.querySelector('.list')!.prepend(mine);
    mine.append(doc.querySelector('#a')!);
    expect(a.read(doc, URL_)!.messages.map((m) => m.from)).toEqual(['seller', 'seller']);
  });
});
