import { render } from 'preact';

render(<p>Okta Link Assistant</p>, document.getElementById('app')!);
