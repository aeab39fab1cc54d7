/** File, edit and view commands, the document's name, and the language. */
import { useTranslation } from 'react-i18next';
import { locales } from '../../shared/i18n/text.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import * as actions from '../actions/registry.ts';
import type { Action } from '../actions/types.ts';
import { useActionContext, useEditor, useEditorStore } from '../state/context.tsx';
import { selectModified } from '../state/selectors.ts';
import { ActionButton } from './ActionButton.tsx';
import { MenuButton } from './MenuButton.tsx';
import { ThemeChoice } from './ThemeChoice.tsx';

/** A toolbar menu of actions, each item run as the toolbar's buttons run theirs. */
function ActionMenu(props: { label: string; testId: string; actions: readonly Action[] }) {
  const { t } = useTranslation();
  const ctx = useActionContext();
  return (
    <MenuButton
      label={t(props.label)}
      testId={props.testId}
      items={props.actions.map((a) => ({
        key: a.name,
        label: t(a.label),
        testId: `action-${a.name}`,
        onChoose: () => a.perform(ctx),
      }))}
    />
  );
}

const newActions = [actions.newHighBandwidth, actions.newLowBandwidth, actions.newEmpty];
/** Export picture, Export report and Print report: what leaves the designer for the change board. */
const pictureActions = [actions.exportPicture, actions.exportReport, actions.printReport];

export function Toolbar() {
  const { t, i18n } = useTranslation();
  const store = useEditorStore();
  const name = useEditor((s) => s.doc.design.name);
  const fileName = useEditor((s) => s.file.name);
  const modified = useEditor(selectModified);
  const snapToGrid = useEditor((s) => s.snapToGrid);
  const showMinimap = useEditor((s) => s.showMinimap);
  const locale = useEditor((s) => s.locale);
  const whatIfOn = useEditor((s) => s.whatIf.on);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="doc-title">
        <h1 className="design-name" title={name || t('toolbar.untitled')}>
          {name || t('toolbar.untitled')}
        </h1>
        <span className="file-name" data-testid="file-name">
          {fileName ?? t('toolbar.notSaved')}
          {modified && (
            <span className="modified" data-testid="modified" title={t('toolbar.modified')}>
              {' '}
              ●
            </span>
          )}
        </span>
      </div>
      <div className="group">
        <ActionMenu label="actions.new" testId="action-new" actions={newActions} />
        <ActionButton action={actions.open} />
        <ActionButton action={actions.save} />
        <ActionButton action={actions.saveAs} />
      </div>
      <div className="group">
        <ActionButton action={actions.importXml} />
        <ActionButton action={actions.exportXml} />
        <ActionButton action={actions.exportRunbook} />
        <ActionMenu label="pictures.menu" testId="action-pictures" actions={pictureActions} />
      </div>
      <div className="group">
        <ActionButton action={actions.undo} />
        <ActionButton action={actions.redo} />
      </div>
      <div className="group">
        <ActionButton action={actions.copy} />
        <ActionButton action={actions.paste} />
        <ActionButton action={actions.duplicate} />
        <ActionButton action={actions.remove} />
        <ActionButton action={actions.connectFrom} />
      </div>
      <div className="group">
        <ActionButton action={actions.toggleSnap} pressed={snapToGrid} />
        <ActionButton action={actions.toggleMinimap} pressed={showMinimap} />
        <ActionButton action={actions.zoomToFit} />
        <ActionButton action={actions.autoArrange} />
      </div>
      <div className="group">
        <ActionButton
          action={actions.toggleWhatIf}
          pressed={whatIfOn}
          testId="whatif-toggle"
          className={whatIfOn ? 'is-what-if' : undefined}
        />
      </div>
      <div className="group">
        <label className="language">
          <span>{t('toolbar.language')}</span>
          <select
            value={locale}
            data-testid="language"
            onChange={(e) => {
              const next = e.target.value as Locale;
              void i18n.changeLanguage(next);
              store.getState().setLocale(next);
            }}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <ThemeChoice />
        <ActionButton action={actions.showShortcuts} />
      </div>
    </header>
  );
}
