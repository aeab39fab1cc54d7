/**
 * Export picture's question: SVG or PNG, and a PNG's scale (1x, 2x or 3x). A form of native radio
 * buttons, so the arrow keys move within a group, Enter exports and Escape cancels; focus goes
 * back to whatever opened it.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pictureScales } from '../actions/picture-export.ts';
import type { PictureFormat, PictureScale } from '../actions/picture-export.ts';
import { useActionContext } from '../state/context.tsx';
import { useRestoreFocus } from './use-restore-focus.ts';
import { FormDialog } from './FormDialog.tsx';

const formats: readonly PictureFormat[] = ['svg', 'png'];

export function ExportPictureDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const ctx = useActionContext();
  useRestoreFocus();
  const [format, setFormat] = useState<PictureFormat>('svg');
  const [scale, setScale] = useState<PictureScale>(2);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onClose();
    void ctx.pictures?.exportPicture(format, scale);
  };
  return (
    <FormDialog
      id="export-picture"
      className="export-picture"
      testId="export-picture-dialog"
      title={t('pictures.dialog.title')}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Choice<PictureFormat>
        legend={t('pictures.dialog.format')}
        name="picture-format"
        options={formats.map((f) => ({
          value: f,
          label: t(`pictures.dialog.${f}`),
          testId: `export-picture-${f}`,
        }))}
        value={format}
        onChange={setFormat}
        autoFocus
      />
      <Choice<PictureScale>
        legend={t('pictures.dialog.scale')}
        name="picture-scale"
        disabled={format !== 'png'}
        options={pictureScales.map((s) => ({
          value: s,
          label: t('pictures.dialog.times', { scale: s }),
          testId: `export-picture-scale-${s}`,
        }))}
        value={scale}
        onChange={setScale}
      />
      <div className="button-row">
        <button type="button" onClick={onClose} data-testid="export-picture-cancel">
          {t('pictures.dialog.cancel')}
        </button>
        <button type="submit" className="primary" data-testid="export-picture-confirm">
          {t('pictures.dialog.export')}
        </button>
      </div>
    </FormDialog>
  );
}

/** One question as native radio buttons: the arrow keys move between them, as everywhere. */
function Choice<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string; testId: string }[];
  value: T;
  onChange(value: T): void;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  return (
    <fieldset disabled={props.disabled}>
      <legend>{props.legend}</legend>
      {props.options.map((o, i) => (
        <label key={o.value}>
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            autoFocus={props.autoFocus && i === 0}
            data-testid={o.testId}
            onChange={() => props.onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
