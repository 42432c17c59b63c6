import { IncomingMessage } from '@hocuspocus/server';

// Hocuspocus' message types (its MessageType enum is a TypeScript enum we avoid importing).
const SYNC = 0;
const SYNC_REPLY = 4;
// y-protocols sync sub-types that carry document content.
const SYNC_STEP_2 = 1;
const UPDATE = 2;

/**
 * The Yjs update a client message would apply to the document, or null when it carries none.
 * Throws on a message too short to read, like Hocuspocus itself would.
 */
export function updateInMessage(data: Uint8Array): Uint8Array | null {
  const message = new IncomingMessage(data);
  message.readVarString();
  const type = message.readVarUint();
  if (type !== SYNC && type !== SYNC_REPLY) return null;
  const subType = message.readVarUint();
  if (subType !== SYNC_STEP_2 && subType !== UPDATE) return null;
  return message.peekVarUint8Array();
}
