import type { Actor, Addressee, AgendaStatus, Nature, TargetLevel } from './domain/agenda';
import type { AuditKind } from './domain/signoff';

/** The Dutch words the UI and the Word export use for the enums of the domain. */
export const actorLabels: Record<Actor, string> = {
  sector: 'Sectorvertegenwoordiger / sectororganisatie',
  werkgevers: 'Werkgevers in de sector',
  partner: 'Partner',
};

export const natureLabels: Record<Nature, string> = {
  nieuw: 'Nieuw',
  voortgezet: 'Voortgezet uit de vorige werkagenda',
  bestaand: 'Bestaande praktijk',
};

/** Who can solve a knelpunt: the choice in the editor, and the short name in running text. */
export const addresseeLabels: Record<Addressee, string> = {
  sector: 'De sector zelf',
  werkgevers: 'De werkgevers in de sector',
  bzk: 'Het ministerie van BZK (overheidsbreed beleid en uitvoering)',
  szw: 'Het ministerie van SZW (wet- en regelgeving)',
  anders: 'Een andere partij',
};
export const addresseeShort: Record<Addressee, string> = { sector: 'de sector', werkgevers: 'de werkgevers', bzk: 'BZK', szw: 'SZW', anders: 'een andere partij' };

export const targetLevelLabels: Record<TargetLevel, string> = {
  breed: 'Breed: de actie wordt uitgevoerd',
  middenweg: 'Middenweg: een concrete opbrengst (bijvoorbeeld 20 werkgevers benaderd)',
  smal: 'Smal: het aantal nieuwe banen dat de acties opleveren',
};

export const targetLevelShort: Record<TargetLevel, string> = { breed: 'Breed', middenweg: 'Middenweg', smal: 'Smal' };

export const agendaStatusLabels: Record<AgendaStatus, string> = {
  concept: 'Concept',
  ter_ondertekening: 'Ter ondertekening',
  vastgesteld: 'Vastgesteld',
};

/** Units offered when a target is made; any other unit may be typed. */
export const commonUnits = ['banen', 'werkgevers', 'bijeenkomsten', 'deelnemers', 'begeleiders', 'euro', 'procent'];

/** What happened, in the words of the Logboek. */
export const auditKindLabels: Record<AuditKind, string> = {
  aangemaakt: 'Aangemaakt',
  bevroren: 'Vastgelegd en ter ondertekening aangeboden',
  opmerking: 'Opmerking geplaatst',
  opmerking_afgehandeld: 'Opmerking afgehandeld',
  opmerking_heropend: 'Opmerking heropend',
  ondertekend: 'Ondertekend',
  geexporteerd: 'Geëxporteerd',
  geimporteerd: 'Uitwisselbestand geïmporteerd',
  sleutel_bevestigd: 'Sleutel bevestigd',
  sleutel_vervangen: 'Nieuwe sleutel gemaakt',
  plan_gewijzigd: 'Plan gewijzigd',
  uitvoering_bijgewerkt: 'Uitvoering bijgewerkt',
  evaluatie_bijgewerkt: 'Evaluatie bijgewerkt',
  vorige_gekoppeld: 'Vorige werkagenda gekoppeld',
  volgende_werkagenda: 'Volgende werkagenda gestart',
  naar_prullenbak: 'Naar de prullenbak',
  teruggehaald: 'Teruggehaald uit de prullenbak',
  reservekopie_teruggezet: 'Reservekopie teruggezet',
};
