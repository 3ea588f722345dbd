/**
 * What a Send button says, in the languages sellers work in: its text, aria-label, title, value or Katal
 * `label`. Matched whole (after trimming), so "Sending options" or "Resend code" are not a Send button.
 */
const SEND_WORDS = [
  'send',
  'send message',
  'send reply',
  'reply',
  'submit',
  'post',
  'senden',
  'absenden',
  'nachricht senden',
  'antworten',
  'envoyer',
  'répondre',
  'enviar',
  'enviar mensaje',
  'enviar mensagem',
  'responder',
  'invia',
  'inviare',
  'rispondi',
  'verzenden',
  'versturen',
  'wyślij',
  'odeslat',
  'skicka',
  'send inn',
  'lähetä',
  'gönder',
  '发送',
  '發送',
  '发 送',
  '回复',
  '送信',
  '返信',
  '보내기',
  '전송',
  'отправить',
  'ответить',
  'надіслати',
  'إرسال',
  'שלח',
  'ส่ง',
  'gửi',
  'kirim',
  'hantar',
  'ipadala',
];
const WORDS = new Set(SEND_WORDS);

/** Icon names a text-less Send button carries in its class, id or icon child (paper plane, send arrow). */
const SEND_ICON = /(?:^|[\s_-])(?:send|sending|paper-?plane|plane|submit)(?:$|[\s_-])|icon-?send|send-?(?:icon|btn|button)/i;

export function isSendLabel(text: string | null | undefined): boolean {
  if (!text) return false;
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.!…→➤>]+$/, '')
    .trim();
  return t.length > 0 && t.length <= 24 && WORDS.has(t);
}

export function isSendIcon(token: string | null | undefined): boolean {
  return !!token && SEND_ICON.test(token);
}
