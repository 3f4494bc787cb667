/**
 * The profile, or the workshop summary, as plain text for the clipboard: what a
 * facilitator pastes into the minutes of the meeting.
 */
import { msg } from '@lit/localize';
import { dilemmaRoomStopOf, summariseDilemmaRoom } from '../../core/dilemmas/index.js';
import { countTexts, sourceTexts, stopTexts } from './dilemma-explorer.texts.js';
import type { DxContext } from './views/context.js';

/** The text; `workshop` adds how the room stood on each counted dilemma. */
export function plainText(c: DxContext, workshop: boolean): string {
  const profile = c.profile;
  const lines: string[] = [msg('Dilemmas in our network', { id: 'dx.title' }), ''];
  if (workshop) {
    const counted = c.shown.filter((d) => c.splits[d.id]);
    if (counted.length) {
      lines.push(msg('How the room stood', { id: 'dx.summary.rooms' }));
      for (const d of counted) {
        const t = c.texts[d.id];
        const s = summariseDilemmaRoom(c.splits[d.id]);
        lines.push(`- ${t.name}: ${t.poles[0]} ${c.splits[d.id].join(' · ')} ${t.poles[1]}. ` +
          countTexts().room(s.total, stopTexts(t.poles)[dilemmaRoomStopOf(s.mean as number)].full) +
          (s.divided ? ` (${msg('divided', { id: 'dx.summary.divided' })})` : ''));
      }
      lines.push('');
    }
  }
  lines.push(msg('Most pressing', { id: 'dx.pressing.title' }));
  profile.pressing.forEach((p, i) => lines.push(`${i + 1}. ${c.texts[p.id].name}`));
  if (!profile.pressing.length) lines.push('-');
  lines.push('', msg('Questions for our next meeting', { id: 'dx.questions.meeting' }));
  for (const q of profile.questions) lines.push(`- ${c.texts[q.dilemma].name}: ${c.texts[q.dilemma].questions[q.index]}`);
  if (!profile.questions.length) lines.push('-');
  lines.push('', msg('Where our network stands', { id: 'dx.stands.title' }));
  for (const e of profile.entries) {
    const t = c.texts[e.id];
    lines.push(`- ${t.name}: ${e.position === null ? msg('not placed', { id: 'dx.stands.unplaced' }) : stopTexts(t.poles)[dilemmaRoomStopOf(e.position)].full}`);
  }
  lines.push('', `${msg('Source:', { id: 'dx.source' })} ${sourceTexts().inch}`);
  return lines.join('\n');
}
