import { render } from 'preact';
import { uiLang } from '../shared/i18n';
import { App } from './App';

/** Popup entry: `popup.html` for the active tab, `popup.html?tab=ID` for any tab. */
document.documentElement.lang = uiLang();
const tabParam = new URLSearchParams(location.search).get('tab');
render(<App tabParam={tabParam} />, document.getElementById('app')!);
