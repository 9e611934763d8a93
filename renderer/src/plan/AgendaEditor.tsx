import { AgendaLoading } from '../components/AgendaLoading';
import { LookbackSection } from '../cycle/LookbackSection';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkCompleteness, gapsByItem } from '../../../shared/completeness';
import { useLocation, useParams } from 'react-router';
import type { AgendaDetail } from '../../../shared/domain/agenda';
import { errorMessage, invoke } from '../api/client';
import { useReference } from '../api/ReferenceContext';
import { AppHeader } from '../components/AppHeader';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { focusWhenReady } from '../focus';
import { ActionsSection } from './actions/ActionsSection';
import { AgendaHeader } from './AgendaHeader';
import { CompletenessPanel } from './CompletenessPanel';
import { EditorActionsContext, EditorContext, FindingsContext, type Editor, type EditorActions, type Findings } from './EditorContext';
import { GoalsSection } from './goals/GoalsSection';
import { KnelpuntenSection } from './knelpunten/KnelpuntenSection';
import { EditorSaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { SignatoriesSection } from './SignatoriesSection';
import { TextSection } from './TextSection';
import { actionOfItem } from './gapTarget';
import { EmployerCountField } from './EmployerCountField';
import { UnusedTypesSection } from './UnusedTypesSection';
import { useChangeGuard } from './useChangeGuard';
import { useSaveQueue } from './useSaveQueue';
import { UnitsDatalist } from './targets/UnitsDatalist';

/** The Plan editor for one agenda: header, section navigation, all sections and the completeness panel. */
export function AgendaEditor() {
  const { agendaId = '', sectionId } = useParams();
  const location = useLocation();
  const [agenda, setAgenda] = useState<AgendaDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [openActionIds, setOpenActionIds] = useState<ReadonlySet<string>>(new Set());
  const guard = useChangeGuard(agenda);
  const { status, save, saveField } = useSaveQueue(setAgenda, guard.allow);
  const { actionTypes } = useReference();
  useDocumentTitle(agenda?.title ?? (loadError ? 'Werkagenda niet gevonden' : 'Werkagenda'));

  useEffect(() => {
    let current = true;
    setAgenda(null);
    invoke('agenda.get', { id: agendaId }).then(
      (loaded) => current && setAgenda(loaded),
      (error: unknown) => current && setLoadError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [agendaId]);

  const setActionOpen = useCallback((id: string, open: boolean) => {
    setOpenActionIds((ids) => {
      const next = new Set(ids);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const loaded = agenda !== null;
  // Navigation (section links, gap links, a deep link) moves focus to the field, item or section.
  useEffect(() => {
    if (!loaded || !agenda) return;
    const params = new URLSearchParams(location.search);
    const item = params.get('item');
    const field = params.get('veld');
    const action = actionOfItem(agenda, item);
    if (action) setActionOpen(action, true);
    if (!sectionId) {
      document.getElementById('kop-agenda')?.focus();
      return;
    }
    const fallback = item ? `item-${item}` : `kop-${sectionId}`;
    focusWhenReady(field ?? fallback, fallback);
    // Only on navigation and first load, not on every save.
  }, [location.key, loaded]);

  const current = useRef(agenda);
  current.current = agenda;
  const latest = useCallback(() => current.current!, []);
  const actions = useMemo<EditorActions>(() => ({ save, saveField, setActionOpen, latest }), [save, saveField, setActionOpen, latest]);
  const editor = useMemo<Editor | null>(() => (agenda ? { agenda, ...actions, openActionIds } : null), [agenda, actions, openActionIds]);
  // Once per change of the agenda, not once per card or section that shows a part of it.
  const findings = useMemo<Findings | null>(() => {
    if (!agenda) return null;
    const result = checkCompleteness(agenda, actionTypes);
    return { ...result, byItem: gapsByItem(result.gaps, agenda) };
  }, [agenda, actionTypes]);

  if (!editor || !findings) {
    return <AgendaLoading error={loadError} />;
  }

  return (
    <EditorActionsContext.Provider value={actions}>
    <EditorContext.Provider value={editor}>
    <FindingsContext.Provider value={findings}>
      <AppHeader><EditorSaveStatus store={status} /></AppHeader>
      <div className="wa-editor">
        <SectionNav agendaId={editor.agenda.id} />
        <main className="wa-editor__main" id="inhoud" tabIndex={-1}>
          <UnitsDatalist />
          <AgendaHeader />
          <TextSection id="inleiding" field="introduction" label="Inleiding en context" description="De situatie in de sector en waar deze werkagenda naartoe wil." />
          <LookbackSection />
          <KnelpuntenSection />
          <GoalsSection />
          <ActionsSection />
          <TextSection id="verantwoording" field="accountability" label="Hoe leggen werkgevers verantwoording af?" description="Hoe individuele werkgevers verslag doen van hun inspanningen en resultaten, en aan wie.">
            <EmployerCountField />
          </TextSection>
          <UnusedTypesSection />
          <SignatoriesSection />
        </main>
        <CompletenessPanel />
      </div>
      {guard.dialog}
    </FindingsContext.Provider>
    </EditorContext.Provider>
    </EditorActionsContext.Provider>
  );
}
