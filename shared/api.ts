import { z } from 'zod';
import { beheerApi } from './contract/beheer';
import { planApi } from './contract/plan';
import { jobsApi } from './contract/jobs';
import { cycleApi } from './contract/cycle';
import { examplesApi } from './contract/examples';
import { monitoringApi } from './contract/monitoring';
import { signoffApi } from './contract/signoff';
import { overlegApi } from './contract/overleg';
import { reportApi } from './contract/report';
import { backupApi } from './contract/backup';
import { wordImportApi } from './contract/wordImport';

/**
 * The one API contract. The Electron shell (ipcMain + preload), the web shell
 * (HTTP) and the renderer's client are all derived from this map, so a renamed
 * channel or field fails to compile on every side.
 */
export const api = {
  // Each capability keeps its channels in shared/contract/<capability>.ts.
  ...beheerApi,
  ...planApi,
  ...monitoringApi,
  ...jobsApi,
  ...cycleApi,
  ...examplesApi,
  ...signoffApi,
  ...overlegApi,
  ...reportApi,
  ...backupApi,
  ...wordImportApi,
} as const;

export type Api = typeof api;
export type Channel = keyof Api;
export type ApiInput<C extends Channel> = z.input<Api[C]['input']>;
export type ApiOutput<C extends Channel> = z.output<Api[C]['output']>;
/** What the core implements: one handler per channel, taking parsed input. */
export type Handlers = { [C in Channel]: (input: z.output<Api[C]['input']>) => ApiOutput<C> | Promise<ApiOutput<C>> };

export const channels = Object.keys(api) as Channel[];
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(api, name);
}
