/** The web edition's entry point; Electron loads the same build. It starts with the reference design. */
import './no-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlowProvider } from '@xyflow/react';
import { I18nextProvider } from 'react-i18next';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './components/App.tsx';
import { createI18n, preferredLocale } from './i18n/index.ts';
import { connectLocale, rememberedLocale } from './i18n/remembered-locale.ts';
import { templateDocument } from './model/templates.ts';
import { resolvePlatform } from './platform/index.ts';
import { localStorageOf } from './platform/storage.ts';
import { EditorContext } from './state/context.tsx';
import { ThemeContext } from './theme/context.tsx';
import { createThemeController } from './theme/theme.ts';
import './theme.css';
import { createEditorStore } from './state/editor-store.ts';
import { topologyXml } from './xml.ts';
import { diagramSvg } from '../shared/diagram/svg.ts';
import type { MakeDiagram } from './model/picture-source.ts';

// The picture on the canvas is the one the CLI and the report draw (shared/diagram/svg.ts).
const makeDiagram: MakeDiagram = diagramSvg;

const storage = localStorageOf(window);
const locale = rememberedLocale(storage) ?? preferredLocale(navigator.languages);
const i18n = createI18n(locale);
const store = createEditorStore(templateDocument('high-bandwidth'), { locale });
connectLocale(store, { root: document.documentElement, storage });
const platform = resolvePlatform(window);
const theme = createThemeController({
  root: document.documentElement,
  storage,
  prefersDark: window.matchMedia?.('(prefers-color-scheme: dark)') ?? null,
  onChoice: (choice) => platform.setThemeSource?.(choice),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <EditorContext.Provider value={store}>
        <ThemeContext.Provider value={theme}>
          <ReactFlowProvider>
            <App platform={platform} xml={topologyXml} makeDiagram={makeDiagram} />
          </ReactFlowProvider>
        </ThemeContext.Provider>
      </EditorContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
