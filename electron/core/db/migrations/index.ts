import type { Migration } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-reference-data';
import * as m0003 from './0003-monitoring';
import * as m0004 from './0004-jobs';
import * as m0005 from './0005-cycle';
import * as m0006 from './0006-signoff';
import * as m0007 from './0007-overleg';
import * as m0008 from './0008-target-per-year';
import * as m0009 from './0009-agenda-quotum';
import * as m0010 from './0010-signer-keys-passphrase';
import * as m0011 from './0011-audit-chain';
import * as m0012 from './0012-logbook';
import * as m0013 from './0013-good-examples';
import * as m0014 from './0014-knelpunt-addressee';
import * as m0015 from './0015-reference-corrections';
import * as m0016 from './0016-evaluation-success-factors';
import * as m0017 from './0017-realised-jobs-entered';
import * as m0018 from './0018-employer-count';
import * as m0019 from './0019-verification-cache';
import * as m0020 from './0020-draft-fragments';
import * as m0021 from './0021-revision-content-last';
import * as m0022 from './0022-reference-wording';
import * as m0023 from './0023-actions-in-order';
import * as m0024 from './0024-draft-fingerprints';
import * as m0025 from './0025-draft-differs';

/**
 * Every migration, imported explicitly so the bundled app needs no folder scan.
 * Append new ones at the end; the key order is the order they run in.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-reference-data': m0002,
  '0003-monitoring': m0003,
  '0004-jobs': m0004,
  '0005-cycle': m0005,
  '0006-signoff': m0006,
  '0007-overleg': m0007,
  '0008-target-per-year': m0008,
  '0009-agenda-quotum': m0009,
  '0010-signer-keys-passphrase': m0010,
  '0011-audit-chain': m0011,
  '0012-logbook': m0012,
  '0013-good-examples': m0013,
  '0014-knelpunt-addressee': m0014,
  '0015-reference-corrections': m0015,
  '0016-evaluation-success-factors': m0016,
  '0017-realised-jobs-entered': m0017,
  '0018-employer-count': m0018,
  '0019-verification-cache': m0019,
  '0020-draft-fragments': m0020,
  '0021-revision-content-last': m0021,
  '0022-reference-wording': m0022,
  '0023-actions-in-order': m0023,
  '0024-draft-fingerprints': m0024,
  '0025-draft-differs': m0025,
};
