import { describe, expect, it } from 'vitest';
import { fileQuotumYears, usedQuotumPercentages } from './agendaQuotum';

// Seed 003: 1,93% for 2018 and 2,69% for 2022; the SZW percentage 2,76% for 2024.
const installation = [
  { year: 2018, percentage: 1.93, source: 'Onderzoek' },
  { year: 2022, percentage: 2.69, source: 'Onderzoek' },
  { year: 2024, percentage: 2.76, source: 'SZW' },
];

describe('the quotum percentages an agenda uses', () => {
  it('takes the file’s percentage for the years it carried and this installation’s for the others', () => {
    const fromFile = [{ year: 2022, percentage: 2.5, source: 'Installatie van Defensie' }, { year: 2023, percentage: 2.6, source: '' }];
    expect(usedQuotumPercentages(installation, fromFile)).toEqual([
      { year: 2018, percentage: 1.93, source: 'Onderzoek' },
      { year: 2022, percentage: 2.5, source: 'Installatie van Defensie' },
      { year: 2023, percentage: 2.6, source: '' },
      { year: 2024, percentage: 2.76, source: 'SZW' },
    ]);
    expect([...fileQuotumYears(fromFile)]).toEqual([2022, 2023]);
  });

  it('is this installation’s list for an agenda without file percentages', () => {
    expect(usedQuotumPercentages(installation, [])).toEqual(installation);
    expect(fileQuotumYears(null).size).toBe(0);
  });
});
