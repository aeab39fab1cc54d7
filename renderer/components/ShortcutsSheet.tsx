/** Every keyboard shortcut, read from the action objects themselves. */
import { useTranslation } from 'react-i18next';
import { allActions } from '../actions/registry.ts';
import { displayShortcut } from '../actions/keyboard.ts';
import { isMacPlatform } from './platform-keys.ts';
import { useRestoreFocus } from './use-restore-focus.ts';

export function ShortcutsSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mac = isMacPlatform();
  useRestoreFocus();
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal shortcuts"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        data-testid="shortcuts"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="shortcuts-title">{t('actions.showShortcuts')}</h2>
        <table>
          <tbody>
            {allActions
              .filter((a) => a.shortcuts.length > 0)
              .map((a) => (
                <tr key={a.name}>
                  <th scope="row">{t(a.label)}</th>
                  <td>
                    {a.shortcuts.map((s) => (
                      <kbd key={s}>{displayShortcut(s, mac, (k) => t(`keys.${k}`))}</kbd>
                    ))}
                  </td>
                </tr>
              ))}
            <tr>
              <th scope="row">{t('shortcuts.tab')}</th>
              <td>
                <kbd>{t('keys.Tab')}</kbd>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('shortcuts.arrows')}</th>
              <td>
                <kbd>←↑→↓</kbd>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('shortcuts.palette')}</th>
              <td>
                <kbd>{t('keys.Enter')}</kbd>
              </td>
            </tr>
          </tbody>
        </table>
        <button type="button" autoFocus onClick={onClose}>
          {t('discard.close')}
        </button>
      </div>
    </div>
  );
}
