/**
 * Entry of notice.html: the small dialog a ribbon button opens to say its result ("未发现问题：…").
 * The text comes in the query string (t = title, m = message); 确定 tells the opener to close it.
 */
import { COMMAND_TEXT } from '../app/messages';

function show(): void {
  const params = new URLSearchParams(window.location.search);
  const title = document.getElementById('title');
  const message = document.getElementById('message');
  if (title) title.textContent = params.get('t') || COMMAND_TEXT.title;
  if (message) message.textContent = params.get('m') || '';
  document.title = params.get('t') || COMMAND_TEXT.title;
  const ok = document.getElementById('ok');
  ok?.addEventListener('click', () => {
    const office = (window as { Office?: typeof Office }).Office;
    try {
      office?.context?.ui?.messageParent('close');
    } catch {
      window.close();
    }
  });
  ok?.focus();
}

// The text needs nothing from Office: show it at once. 确定 needs office.js ready, which it is by
// the time the clerk has read the message (onReady starts its initialization).
show();
const office = (window as { Office?: typeof Office }).Office;
if (office && typeof office.onReady === 'function') void office.onReady().catch(() => undefined);
