/**
 * What "Keep my answers on this device" says, in the later chunk with the later texts
 * (later.ts): kept answers that cannot be read (damaged, or from a newer version), a
 * browser that does not allow keeping them, another window that changed or deleted
 * them, and what a tick or "Delete" did. A first screen with nothing kept says none of
 * it; a page that starts with unreadable kept answers shows a loading line, then why.
 * @module
 */
import { msg } from '@lit/localize';
import type { StoreMessage } from '../keep.controller.js';

/** A message of the device storage, in words. */
export function storeText(message: StoreMessage): string {
  switch (message) {
    case 'unreadable': return msg('Answers kept on this device could not be read. They stay as they are. If you keep your answers here, they replace them.', { id: 'qc.store.unreadable' });
    case 'newer': return msg('Answers kept on this device come from a newer version of these questions and cannot be read here. They stay as they are. If you keep your answers here, they replace them.', { id: 'qc.store.newer' });
    case 'unavailable': return msg('This browser does not allow keeping answers on this device.', { id: 'qc.store.unavailable' });
    case 'elsewhere': return msg('Your kept answers were changed in another window. You now see those answers.', { id: 'qc.store.elsewhere' });
    case 'elsewhereDeleted': return msg('Your kept answers were deleted in another window. The answers on screen stay.', { id: 'qc.store.elsewhereDeleted' });
    case 'partly': return msg('Some answers kept on this device could not be read and were left out.', { id: 'qc.store.partly' });
    case 'saved': return msg('Your answers are kept on this device.', { id: 'qc.store.saved' });
    default: return msg('Your answers were deleted from this device.', { id: 'qc.store.deleted' });
  }
}
