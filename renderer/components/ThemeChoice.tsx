/** System, Light or Dark, beside the language. */
import { useTranslation } from 'react-i18next';
import { useTheme, useThemeController } from '../theme/context.tsx';
import { isThemeChoice, themeChoices } from '../theme/theme.ts';

export function ThemeChoice() {
  const { t } = useTranslation();
  const controller = useThemeController();
  const { choice } = useTheme();
  return (
    <label className="language">
      <span>{t('a11y.theme.label')}</span>
      <select
        value={choice}
        data-testid="theme"
        onChange={(e) => isThemeChoice(e.target.value) && controller.choose(e.target.value)}
      >
        {themeChoices.map((c) => (
          <option key={c} value={c}>
            {t(`a11y.theme.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
