/**
 * The designer's window: toolbar, palette, canvas, inspector and findings. It wires the action
 * context (store, file commands, viewport) and the platform, and holds no design logic.
 */
import { useMemo, useState } from 'react';
import type { DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { createDocumentCommands } from '../actions/documents.ts';
import { createPictureCommands } from '../actions/picture-export.ts';
import type { ActionContext } from '../actions/types.ts';
import type { TopologyXmlCodec } from '../model/documents.ts';
import type { MakeDiagram } from '../model/picture-source.ts';
import type { Platform } from '../platform/index.ts';
import { printInFrame } from '../platform/print-frame.ts';
import { rasteriseSvg } from '../platform/rasterise.ts';
import { readFileText } from '../platform/text.ts';
import { ActionsContext, useEditor, useEditorStore } from '../state/context.tsx';
import { useThemeController } from '../theme/context.tsx';
import { Canvas } from './Canvas.tsx';
import { ConnectDialog } from './ConnectDialog.tsx';
import { ConfirmDiscard } from './ConfirmDiscard.tsx';
import { ConfirmExport } from './ConfirmExport.tsx';
import { DeleteDataCenterPrompt } from './inspector/DeleteDataCenterPrompt.tsx';
import { ExportPictureDialog } from './ExportPictureDialog.tsx';
import { FindBox } from './FindBox.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { Inspector } from './inspector/Inspector.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { Palette } from './Palette.tsx';
import { RecoveryOffer } from './RecoveryOffer.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { ShortcutsSheet } from './ShortcutsSheet.tsx';
import { Toolbar } from './Toolbar.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import { usePlatform } from './use-platform.ts';
import { useShortcuts } from './use-shortcuts.ts';

export function App({
  platform,
  xml,
  makeDiagram,
}: {
  platform: Platform;
  xml: TopologyXmlCodec | null;
  /** Draws the picture of a design (shared/diagram/svg.ts). */
  makeDiagram: MakeDiagram;
}) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const flow = useReactFlow();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const [connectSource, setConnectSource] = useState<string | null>(null);
  const theme = useThemeController();
  // A new key on each Ctrl+F remounts an open box, which puts the focus back in its field.
  const [findKey, setFindKey] = useState(0);
  const whatIfOn = useEditor((s) => s.whatIf.on);
  const [pictureOpen, setPictureOpen] = useState(false);

  const ctx = useMemo<ActionContext>(() => {
    const documents = createDocumentCommands({
      store,
      platform,
      xml,
      emptyNames: () => ({
        design: t('empty.design'),
        dataCenters: [t('empty.dataCenter1'), t('empty.dataCenter2')],
        lyncSite: t('empty.lyncSite'),
      }),
    });
    return {
      store,
      documents,
      viewport: {
        fitView: () => void flow.fitView({ padding: 0.1, duration: 200 }),
        zoomIn: () => void flow.zoomIn({ duration: 150 }),
        zoomOut: () => void flow.zoomOut({ duration: 150 }),
      },
      toggleShortcuts: () => setShortcutsOpen((open) => !open),
      theme,
      openConnect: setConnectSource,
      openFind: () => setFindKey((k) => k + 1),
      pictures: createPictureCommands({
        store,
        platform,
        makeDiagram,
        rasterise: (svg, scale) => rasteriseSvg(svg, scale),
        printInPage: (html) => printInFrame(html),
      }),
      openExportPicture: () => setPictureOpen(true),
    };
  }, [store, platform, xml, flow, t, theme, makeDiagram]);

  useShortcuts(ctx);
  usePlatform(platform, ctx);

  const openDropped = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    void readFileText(file).then((text) => ctx.documents.openFile({ name: file.name, text, fileId: null }));
  };

  return (
    <ActionsContext.Provider value={ctx}>
      <div
        className="app"
        onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
        onDrop={openDropped}
      >
        <SkipLinks />
        <Toolbar />
        <NoticeBar />
        <main className="workspace">
          <Palette />
          <Canvas />
          <aside className="sidebar">
            {whatIfOn ? <WhatIfPanel /> : <Inspector />}
            <FindingsPanel />
          </aside>
        </main>
        <ConfirmDiscard />
        <ConfirmExport />
        <DeleteDataCenterPrompt />
        <RecoveryOffer platform={platform} />
        {findKey > 0 && <FindBox key={findKey} onClose={() => setFindKey(0)} />}
        {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
        {pictureOpen && <ExportPictureDialog onClose={() => setPictureOpen(false)} />}
        {connectSource && <ConnectDialog sourceId={connectSource} onClose={() => setConnectSource(null)} />}
        <input
          type="file"
          hidden
          accept=".pctopo,.json,.xml,.tbxml"
          data-testid="open-design-input"
          aria-label={t('actions.open')}
          ref={(el) => platform.attachInput?.(el)}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            if (platform.receiveFile) void platform.receiveFile(file);
            else
              void readFileText(file).then((text) =>
                ctx.documents.openFile({ name: file.name, text, fileId: null }),
              );
            e.target.value = '';
          }}
        />
      </div>
    </ActionsContext.Provider>
  );
}
