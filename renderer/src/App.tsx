import { createHashRouter, RouterProvider } from 'react-router';
import { ReferenceProvider } from './api/ReferenceContext';
import { BeheerScreen } from './beheer/BeheerScreen';
import { CompareScreen } from './cycle/CompareScreen';
import { EvaluationScreen } from './cycle/EvaluationScreen';
import { AgendaEditor } from './plan/AgendaEditor';
import { ErrorScreen } from './ErrorScreen';
import { JobsScreen } from './jobs/JobsScreen';
import { ProgressScreen } from './monitoring/ProgressScreen';
import { ReportScreen } from './report/ReportScreen';
import { NotFound } from './NotFound';
import { OverlegScreen } from './overleg/OverlegScreen';
import { RevisionScreen } from './signoff/RevisionScreen';
import { SignoffScreen } from './signoff/SignoffScreen';
import { StartScreen } from './start/StartScreen';
import { WordImportScreen } from './wordImport/WordImportScreen';

const router = createHashRouter([
  { path: '/', element: <StartScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/voortgang', element: <ProgressScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/rapportage', element: <ReportScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/banen', element: <JobsScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/evaluatie', element: <EvaluationScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/vergelijken', element: <CompareScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/ondertekening', element: <SignoffScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/versie/:number', element: <RevisionScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/:sectionId?', element: <AgendaEditor />, errorElement: <ErrorScreen /> },
  { path: '/word-inlezen', element: <WordImportScreen />, errorElement: <ErrorScreen /> },
  { path: '/overleg', element: <OverlegScreen />, errorElement: <ErrorScreen /> },
  { path: '/beheer', element: <BeheerScreen />, errorElement: <ErrorScreen /> },
  { path: '*', element: <NotFound /> },
]);

export function App() {
  return (
    <ReferenceProvider>
      <RouterProvider router={router} />
    </ReferenceProvider>
  );
}
