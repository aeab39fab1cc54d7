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
import { completeLayout, dataCenterOf, NODE_HEIGHT, NODE_WIDTH } from '../shared/model/layout.ts';
import { indexDesign } from '../shared/model/design-index.ts';
import { collectionOf } from '../shared/model/types.ts';
import type { DesignDocument } from '../shared/model/types.ts';
import { placeableKinds } from './model/kinds.ts';
import type { MakeDiagram } from './model/picture-source.ts';

/**
 * STAND-IN until shared/diagram/svg.ts (issue 13, wt-svg) is merged: the merger deletes this
 * function and its imports above, and the seam below becomes
 * `import { diagramSvg } from '../shared/diagram/svg.ts'` with `makeDiagram = diagramSvg`.
 * It draws only the data centers and the boxes, as titled rectangles, so the export commands
 * can be built and tested before the real picture exists.
 */
function diagramStandIn(doc: DesignDocument): string {
  const laid = completeLayout(doc);
  const { design } = laid;
  const index = indexDesign(design);
  const at = (id: string) => laid.layout.nodes[id] ?? { x: 0, y: 0 };
  const xml = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const shapes: string[] = [];
  let width = 0;
  let height = 0;
  const rect = (id: string, x: number, y: number, w: number, h: number, kind: string) => {
    width = Math.max(width, x + w + 20);
    height = Math.max(height, y + h + 20);
    const label = xml(index.label(id));
    shapes.push(
      `<g data-id="${xml(id)}" data-kind="${kind}"><title>${label}</title>` +
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${kind === 'dataCenter' ? '#f4f6f8' : '#fff'}" stroke="#333"/>` +
        `<text x="${x + 8}" y="${y + 20}" font-family="sans-serif" font-size="12">${label}</text></g>`,
    );
  };
  for (const dc of design.dataCenters) {
    const p = at(dc.id);
    rect(dc.id, p.x + 20, p.y + 20, p.width ?? 760, p.height ?? 620, 'dataCenter');
  }
  for (const kind of placeableKinds) {
    for (const element of design[collectionOf[kind]]) {
      const p = at(element.id);
      const dc = dataCenterOf(design, element.id);
      const origin = dc ? at(dc) : { x: 0, y: 0 };
      rect(element.id, origin.x + p.x + 20, origin.y + p.y + 20, NODE_WIDTH, NODE_HEIGHT, kind);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${shapes.join('')}</svg>`;
}
// The seam: one line for the merger (see diagramStandIn).
const makeDiagram: MakeDiagram = diagramStandIn;

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
