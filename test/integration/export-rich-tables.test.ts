import { join } from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../electron/core';
import { buildAgendaDocument, exportAgendaDocx } from '../../electron/core/export/agendaDocx';
import { call } from '../support/core';
import { useTempDir } from '../support/temp';
import { fullAgenda } from './export-support/agendas';

const tempDir = useTempDir();
// docx numbers bookmarks across every document a process makes: the numbers differ, nothing else may.
const documentXml = (docx: Buffer) => strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml']!).replace(/_Toc\d+/g, '_Toc').replace(/w:id="\d+"/g, 'w:id');

describe('the tables of actions written after packing (richTables.ts)', () => {
  it('give exactly the document.xml docx itself makes, tricky text, tabs and empty cells included', async () => {
    const core = await startCore(join(tempDir(), 'data.sqlite'));
    try {
      const { id } = await fullAgenda(core);
      const agenda = await call(core, 'agenda.get', { id });
      const actionId = agenda.actions[2]!.id;
      await call(core, 'action.update', { id: actionId, patch: { description: 'Eerste regel\twith tab & "quotes" <b>\n\nDerde regel\u0007', owner: '' } });
      const reference = await call(core, 'reference.get', {});
      const options = { draft: true, generatedOn: '2026-02-04' };
      const edited = await call(core, 'agenda.get', { id });
      const fast = documentXml(await exportAgendaDocx(edited, reference, options));
      const plain = documentXml(await Packer.toBuffer(buildAgendaDocument(edited, reference, options)));
      expect(fast).toContain('with tab &amp; &quot;quotes&quot; &lt;b&gt;');
      expect(fast).toBe(plain);
    } finally {
      await core.close();
    }
  });
});
