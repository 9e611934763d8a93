import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ReferenceProvider } from './api/ReferenceContext';
import { AgendaLoading } from './components/AgendaLoading';
import { ErrorScreen } from './ErrorScreen';
import { NotFound } from './NotFound';
import { StartScreen } from './start/StartScreen';

// Every screen but the start screen is its own chunk, fetched when it is first opened,
// so starting the app downloads only what the list of agendas needs.
const screen = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const ProgressScreen = screen(() => import('./monitoring/ProgressScreen'), 'ProgressScreen');
const ReportScreen = screen(() => import('./report/ReportScreen'), 'ReportScreen');
const JobsScreen = screen(() => import('./jobs/JobsScreen'), 'JobsScreen');
const EvaluationScreen = screen(() => import('./cycle/EvaluationScreen'), 'EvaluationScreen');
const CompareScreen = screen(() => import('./cycle/CompareScreen'), 'CompareScreen');
const SignoffScreen = screen(() => import('./signoff/SignoffScreen'), 'SignoffScreen');
const RevisionScreen = screen(() => import('./signoff/RevisionScreen'), 'RevisionScreen');
const AgendaEditor = screen(() => import('./plan/AgendaEditor'), 'AgendaEditor');
const OverlegScreen = screen(() => import('./overleg/OverlegScreen'), 'OverlegScreen');
const BeheerScreen = screen(() => import('./beheer/BeheerScreen'), 'BeheerScreen');
const WordImportScreen = screen(() => import('./wordImport/WordImportScreen'), 'WordImportScreen');

const page = (Screen: LazyExoticComponent<ComponentType>) => (
  <Suspense fallback={<AgendaLoading error={null} />}><Screen /></Suspense>
);

const router = createHashRouter([
  { path: '/', element: <StartScreen />, errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/voortgang', element: page(ProgressScreen), errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/rapportage', element: page(ReportScreen), errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/banen', element: page(JobsScreen), errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/evaluatie', element: page(EvaluationScreen), errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/vergelijken', element: page(CompareScreen), errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/ondertekening', element: page(SignoffScreen), errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/versie/:number', element: page(RevisionScreen), errorElement: <ErrorScreen /> },
  { path: '/agenda/:agendaId/:sectionId?', element: page(AgendaEditor), errorElement: <ErrorScreen /> },
  { path: '/word-inlezen', element: page(WordImportScreen), errorElement: <ErrorScreen /> },
  { path: '/overleg', element: page(OverlegScreen), errorElement: <ErrorScreen /> },
  { path: '/beheer', element: page(BeheerScreen), errorElement: <ErrorScreen /> },
  { path: '*', element: <NotFound /> },
]);

export function App() {
  return (
    <ReferenceProvider>
      <RouterProvider router={router} />
    </ReferenceProvider>
  );
}
