import type { Core } from '../../../electron/core';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import { call } from '../../support/core';
import { fullAgenda } from './agendas';

/**
 * The author's installation with an agenda that has been carried out: statuses, a milestone ticked off,
 * a note, three measured targets, evaluations with lessons, a knelpunt found, employers and this
 * installation's quotum percentages for 2025 and 2026 (which the receiver does not have).
 */
export async function executedAgenda(core: Core): Promise<AgendaDetail> {
  await call(core, 'settings.update', { userName: 'Auteur Defensie' });
  const agenda = await fullAgenda(core);
  const [centraal, meet] = agenda.actions;
  const target = (indicator: string) => agenda.targets.find((item) => item.indicator === indicator)!;
  await call(core, 'quotum.set', { year: 2025, percentage: 2.5, source: 'Eigen raming Defensie' });
  await call(core, 'quotum.set', { year: 2026, percentage: 2.6, source: '' });
  const jobs = await call(core, 'employer.create', { agendaId: agenda.id, name: 'Koninklijke Landmacht' });
  await call(core, 'employerHours.set', { employerId: jobs.employers[0]!.id, year: 2025, hours: { kind: 'uren', hoursPerYear: 40_000_000 } });
  await call(core, 'realisedJobs.create', { agendaId: agenda.id, employerId: jobs.employers[0]!.id, referenceDate: '2025-12-31', jobs: 30.5, kind: 'regulier' });
  await call(core, 'action.setStatus', { id: meet!.id, status: 'afgerond' });
  await call(core, 'action.setStatus', { id: centraal!.id, status: 'lopend' });
  await call(core, 'milestone.setDone', { id: meet!.milestones[0]!.id, done: true });
  await call(core, 'progressNote.create', { actionId: meet!.id, author: 'Programmaleider', date: '2025-11-15', text: 'Acht bijeenkomsten gehouden, 64 kandidaten.' });
  await call(core, 'measurement.create', { targetId: target('Meet and greets gehouden').id, date: '2025-12-01', value: 8, source: 'Programmabureau', note: '' });
  await call(core, 'measurement.create', { targetId: target('Werkgevers die meedoen').id, date: '2025-12-31', value: 5, source: '', note: '' });
  await call(core, 'measurement.create', { targetId: target('Nieuwe banen uit het centrale budget').id, date: '2026-06-30', value: 15, source: '', note: '' });
  await call(core, 'evaluation.update', { actionId: meet!.id, patch: { result: 'werkte', why: 'Teams en kandidaten leerden elkaar kennen.', lesson: 'Laat leidinggevenden zelf uitnodigen.' } });
  await call(core, 'evaluation.update', { actionId: centraal!.id, patch: { result: 'deels', why: 'Het budget kwam laat.', lesson: 'Leg het budget vast voor 1 januari.' } });
  await call(core, 'foundKnelpunt.create', {
    agendaId: agenda.id, title: 'Te weinig begeleiders', cause: 'Jobcoaches zijn schaars.', catalogueId: 'knelpunt-K6', actionIds: [meet!.id], targetIds: [target('Meet and greets gehouden').id],
  });
  await call(core, 'revision.freeze', { agendaId: agenda.id, by: 'Auteur Defensie' });
  return call(core, 'agenda.get', { id: agenda.id });
}
