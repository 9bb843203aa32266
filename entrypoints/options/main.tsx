import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { optionsApi } from '@/utils/popup/options-api';
import '../popup/style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp api={optionsApi} />, root);
