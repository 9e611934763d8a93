import './styles/utrecht';
import './styles/tokens.css';
import './styles/app.css';
import { startEarlyCalls } from './api/earlyCalls';

// The first screen's data is asked for before React and the app are fetched and run, so
// both happen at the same time; this file stays small for that reason.
startEarlyCalls(location.hash);
void import('./boot').then(({ boot }) => boot());
