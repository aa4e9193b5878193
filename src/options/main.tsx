import { render } from 'preact';
import { t, uiLang } from '../shared/i18n';
import { OptionsApp } from './OptionsApp';

/** Options page entry: the page's language and title follow the UI strings the browser picked. */
document.documentElement.lang = uiLang();
document.title = t('optionsHeading');
render(<OptionsApp />, document.getElementById('app')!);
