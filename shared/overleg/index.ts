/**
 * The dossierhoudersoverleg (PRODUCT.md workflow 6, issue 6): the pure
 * comparison of the agendas of all sectors. Input: OverlegAgenda from
 * shared/domain/overleg.ts, built by the core from live or imported agendas.
 */
export * from './matrix';
export * from './checks';
export * from './jobs';
export * from './knelpunten';
export * from './groups';
export * from './csv';
export * from './targets';
export * from './lessons';
export * from './signals';
export * from './helped';
