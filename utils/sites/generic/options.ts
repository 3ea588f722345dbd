/** What the generic reader is told about the agent's side; all optional. */
export interface GenericOptions {
  /** The shop's and agents' names as settings give them: a message signed with one is the seller's. */
  sellerNames?: readonly string[];
  /** Texts Tact itself inserted into the reply box: once sent, they show up as the seller's messages. */
  insertedTexts?: readonly string[];
}

/** Case- and space-insensitive form for comparing names and texts. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
