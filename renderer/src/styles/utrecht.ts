// Only the NL Design System components this app uses (the whole library is 444 KB of CSS, most of it unused):
// a new utrecht-* class in a component needs its package here and in package.json.
import '@utrecht/body-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/heading-3-css/dist/index.css';
import '@utrecht/heading-4-css/dist/index.css';
import '@utrecht/heading-5-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/unordered-list-css/dist/index.css';
import '@utrecht/table-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/status-badge-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/button-group-css/dist/index.css';
import '@utrecht/skip-link-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/form-fieldset-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/radio-button-css/dist/index.css';
