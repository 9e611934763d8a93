import type { BenchContext } from './context';
import { buildAgenda, consultation, cycles, defensieId, freezeAndSign } from './fixtures';

/*
 * The data sets the sections share, each built once per run. --quick makes them smaller;
 * the sections print the sizes they measured.
 */

/** 12 sectors × 4 cycles (2019-2020 to 2025-2026) × 100 actions, every agenda signed by its 2 signatories: the consultation after eight years. */
export const consultationSet = (ctx: BenchContext) => ctx.quick
  ? { size: 24, actions: 50, file: () => ctx.dataset('consultation-quick', ({ db }) => consultation(db, { cycles: 2, actions: 50, signatories: 2 })) }
  : { size: 48, actions: 100, file: () => ctx.dataset('consultation', ({ db }) => consultation(db, { cycles: 4, actions: 100, signatories: 2 })) };

/** 12 sectors × 40 cycles of signed agendas (each made with "Start volgende werkagenda" from the one before): 480 agendas. */
export const yearsSet = (ctx: BenchContext) => ctx.quick
  ? { size: 120, actions: 50, file: () => ctx.dataset('years-quick', ({ db }) => cycles(db, { perSector: 10, actions: 50 })) }
  : { size: 480, actions: 100, file: () => ctx.dataset('years', ({ db }) => cycles(db, { perSector: 40, actions: 100 })) };

/** One agenda of `actions` actions, written in full; `signed`: frozen and signed by its 2 signatories. */
export const singleAgenda = (ctx: BenchContext, actions: number, signed: boolean) =>
  ctx.dataset(`agenda-${actions}${signed ? '-signed' : ''}`, async ({ db }) => {
    const id = await buildAgenda(db, { sectorId: defensieId, startYear: 2025, title: `Werkagenda Defensie 2025-2026 (${actions} acties)`, actions, signatories: 2 });
    if (signed) await freezeAndSign(db, id);
  });
