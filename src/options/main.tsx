import { render } from 'preact';
import { OptionsApp } from './OptionsApp';

/** Options page entry. */
render(<OptionsApp />, document.getElementById('app')!);
