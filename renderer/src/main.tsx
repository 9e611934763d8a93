import './styles/utrecht';
import './styles/tokens.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warnBeforeLeavingUnsaved } from './api/unsaved';

warnBeforeLeavingUnsaved();

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
