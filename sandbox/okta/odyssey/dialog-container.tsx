/** @jsxImportSource react */
import { createShadowRootElement, OdysseyProvider } from '@okta/odyssey-react-mui';
import type { ReactNode } from 'react';
import { config, texts } from './config';

let shadowRootElements: [HTMLStyleElement, HTMLDivElement] | undefined;

/** The style root and portal target inside an open shadow root on an element of <body>, made once per page. */
function dialogShadowRoot(): [HTMLStyleElement, HTMLDivElement] {
  if (!shadowRootElements) {
    const host = document.createElement('div');
    document.body.append(host);
    shadowRootElements = createShadowRootElement(host);
  }
  return shadowRootElements;
}

/**
 * Where the console's dialogs go. By default MUI portals them to `<body>`; with `dialogInShadowRoot` they go
 * into an element with an open shadow root, the way Odyssey itself supports it (1.13's createShadowRootElement
 * + OdysseyProvider's shadowDomElement: Modal, Popover and Popper portal there, Emotion styles it there).
 */
export function DialogContainer({ children }: { children: ReactNode }) {
  if (!config.dialogInShadowRoot) return children;
  const [emotionRoot, shadowDomElement] = dialogShadowRoot();
  return (
    <OdysseyProvider
      emotionRoot={emotionRoot}
      shadowDomElement={shadowDomElement}
      languageCode={texts.lang}
      nonce={window.cspNonce}
    >
      {children}
    </OdysseyProvider>
  );
}
