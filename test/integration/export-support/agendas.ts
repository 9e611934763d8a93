import type { Core } from '../../../electron/core';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import { call, defensieId, edit } from '../../support/core';

/** Text that must reach the reader unchanged: quotes, ampersands, tags, emoji. */
export const trickyTitle = 'Samen met "Cedris" & <b>UWV</b> 🎉';
/** A 300-character word without a space: it must wrap inside its table column. */
export const longWord = `Banenafspraak${'x'.repeat(274)}EINDEWOORD`.slice(0, 300);
/** A 5,000-character description, ending in a distinctive sentence. */
export const longDescription = (() => {
  const sentence = 'Werkgevers in de sector melden hun vacatures voor de doelgroep bij het regionale werkgeversservicepunt. ';
  const ending = 'Slotzin van de lange beschrijving.';
  return (sentence.repeat(60).slice(0, 5000 - ending.length) + ending).slice(0, 5000);
})();

/** An agenda with every field filled: two knelpunten, actions of four types with targets and milestones, signatories. */
export async function fullAgenda(core: Core): Promise<AgendaDetail> {
  let agenda = await call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
  const id = agenda.id;
  await call(core, 'agenda.update', {
    id,
    patch: {
      introduction: 'Defensie wil in deze periode 68 banen realiseren.\nDe krijgsmachtdelen werken daarin samen.',
      lookback: 'In 2023-2024 realiseerden we 36,2 banen.',
      objectives: 'We sturen op het aantal banen per jaar en op het aantal werkgevers dat meedoet.',
      accountability: 'Elk krijgsmachtdeel rapporteert halfjaarlijks het aantal banen aan de programmaleider.',
    },
  });
  await call(core, 'knelpunt.create', { agendaId: id, title: 'Formatiegestuurd HR-beleid', description: 'Functies passen niet bij de doelgroep.', cause: 'Elke functie heeft een vast budget.', catalogueId: 'knelpunt-K6' });
  agenda = await edit(core, 'knelpunt.create', { agendaId: id, title: 'Leidinggevenden kennen de doelgroep niet', description: 'Onbekend maakt onbemind.', cause: 'Weinig contact met kandidaten.' });
  const [formatie, onbekend] = agenda.knelpunten;
  await call(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Centraal budget voor bovenformatieve banen', description: `Een centraal budget. ${longWord}`, primaryTypeId: 4, knelpuntIds: [formatie!.id], owner: 'Directeur Personeel', startMonth: '2025-01', endMonth: '2026-12', jobsPrognosis: 20 });
  await call(core, 'action.create', { actor: 'sector', nature: 'nieuw', agendaId: id, title: 'Meet and greets per krijgsmachtdeel', description: longDescription, primaryTypeId: 8, extraTypeIds: [1], knelpuntIds: [onbekend!.id], startMonth: '2025-03', endMonth: '2026-06', owner: 'Programmaleider', jobsPrognosis: 12.5 });
  await call(core, 'action.create', { agendaId: id, title: 'Training voor begeleiders', description: 'Jobcoaches en collega’s leren begeleiden.', primaryTypeId: 12, actor: 'partner', nature: 'voortgezet', owner: 'Opleidingscentrum', startMonth: '2025-09', endMonth: '2026-03' });
  agenda = await edit(core, 'action.create', { agendaId: id, title: trickyTitle, description: 'Inkoop met "social return" & <SROI>-afspraken 🎉\nTweede regel\tmet tab.', primaryTypeId: 7, actor: 'werkgevers', nature: 'bestaand', owner: 'Inkoop', startMonth: '2025-01', endMonth: '2025-12', jobsPrognosis: 3.25 });
  const [centraal, meet, training, inkoop] = agenda.actions;
  await call(core, 'target.create', { agendaId: id, actionId: centraal!.id, level: 'smal', indicator: 'Nieuwe banen uit het centrale budget', unit: 'banen', baseline: 0, targetValue: 20, deadline: '2026-12-31' });
  await call(core, 'target.create', { agendaId: id, actionId: meet!.id, level: 'middenweg', indicator: 'Meet and greets gehouden', unit: 'bijeenkomsten', targetValue: 8, deadline: '2026-06-30' });
  await call(core, 'target.create', { agendaId: id, actionId: training!.id, level: 'breed', indicator: 'Training aangeboden', unit: 'begeleiders', targetValue: 30, deadline: '2026-03-31' });
  await call(core, 'target.create', { agendaId: id, actionId: inkoop!.id, level: 'middenweg', indicator: 'Aanbestedingen met SROI', unit: 'procent', baseline: 10, targetValue: 25.5, deadline: '2025-12-31' });
  await call(core, 'target.create', { agendaId: id, actionId: null, level: 'middenweg', indicator: 'Werkgevers die meedoen', unit: 'werkgevers', baseline: 4, targetValue: 20, deadline: '2026-12-31' });
  await call(core, 'milestone.create', { actionId: meet!.id, title: 'Eerste meet and greet', month: '2025-05' });
  await call(core, 'milestone.create', { actionId: meet!.id, title: 'Evaluatie', month: '2026-01' });
  await call(core, 'milestone.create', { actionId: centraal!.id, title: 'Budget vastgesteld', month: '2025-02' });
  await call(core, 'jobGoal.set', { agendaId: id, year: 2025, jobs: 29.02 });
  await call(core, 'jobGoal.set', { agendaId: id, year: 2026, jobs: 56.3 });
  await call(core, 'signatory.create', { agendaId: id, name: 'J. de Vries', function: 'Plaatsvervangend Commandant der Strijdkrachten', organisation: 'Defensie', required: true });
  await call(core, 'signatory.create', { agendaId: id, name: 'A. Bakker-El Idrissi', function: 'Directeur Personeel', organisation: 'Ministerie van Defensie', required: false });
  await call(core, 'unusedType.set', { agendaId: id, typeId: 2, reason: 'Defensie werft zelf; bemiddelaars zijn niet nodig.' });
  return edit(core, 'unusedType.set', { agendaId: id, typeId: 3, reason: 'Het commitment is er al: de top ondertekent deze werkagenda.' });
}

/** A just-created agenda: everything empty. */
export function minimalAgenda(core: Core): Promise<AgendaDetail> {
  return call(core, 'agenda.create', { sectorId: defensieId, startYear: 2025, endYear: 2026, title: 'Werkagenda Defensie 2025-2026' });
}
