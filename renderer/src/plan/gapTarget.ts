import type { Gap } from '../../../shared/completeness';
import type { AgendaDetail } from '../../../shared/domain/agenda';

/**
 * Which input a gap's link should put focus on (element ids used by the
 * sections). Only maps gap codes to places on screen; the rules that find
 * gaps live in shared/completeness.ts.
 */
export function gapField(gap: Gap, agenda: AgendaDetail): string | undefined {
  const item = gap.itemId;
  switch (gap.code) {
    case 'inleiding-leeg': return 'veld-introduction';
    case 'terugblik-leeg': return 'veld-lookback';
    case 'geen-knelpunten': return 'veld-nieuw-knelpunt';
    case 'knelpunt-zonder-oorzaak': return `veld-cause-${item}`;
    case 'knelpunt-zonder-actie': return agenda.actions[0] ? `veld-answers-${item}-${agenda.actions[0].id}` : `item-${item}`;
    case 'geen-banendoel': return `veld-jobgoal-${agenda.startYear}`;
    case 'geen-meetbaar-doel': return 'veld-nieuw-doel-agenda';
    case 'geen-acties': return 'veld-nieuwe-actie';
    case 'actie-zonder-planning':
    case 'planning-buiten-periode': return `veld-startMonth-${item}`;
    case 'actie-zonder-doel': return `veld-nieuw-doel-${item}`;
    case 'actie-zonder-eigenaar': return `veld-owner-${item}`;
    case 'doel-onvolledig': {
      const target = agenda.targets.find((candidate) => candidate.id === item);
      return target && target.targetValue !== null ? `veld-deadline-${item}` : `veld-targetValue-${item}`;
    }
    case 'verantwoording-leeg': return 'veld-accountability';
    case 'type-zonder-toelichting': return `veld-reason-${item}`;
    case 'geen-ondertekenaars': return 'veld-nieuwe-ondertekenaar';
    case 'geen-verplichte-ondertekenaar': return agenda.signatories[0] ? `veld-required-${agenda.signatories[0].id}` : undefined;
    default: return item ? `item-${item}` : undefined;
  }
}

/** The action that holds an item (the action itself, or one of its targets), so it can be opened first. */
export function actionOfItem(agenda: AgendaDetail, itemId: string | null): string | undefined {
  if (!itemId) return undefined;
  if (agenda.actions.some((action) => action.id === itemId)) return itemId;
  return agenda.targets.find((target) => target.id === itemId)?.actionId ?? undefined;
}

/** The address of a gap: its section, the item and the field to focus. */
export function gapLink(agendaId: string, gap: Gap, agenda: AgendaDetail): string {
  const params = new URLSearchParams();
  if (gap.itemId) params.set('item', gap.itemId);
  const field = gapField(gap, agenda);
  if (field) params.set('veld', field);
  const query = params.toString();
  return `/agenda/${agendaId}/${gap.section}${query ? `?${query}` : ''}`;
}
