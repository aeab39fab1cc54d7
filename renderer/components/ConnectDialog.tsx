/**
 * Drawing a line from the keyboard: the kind of line the box starts (its handles) and a target
 * from the elements that would take it. Enter connects through the store (one undo step); focus
 * goes back to the source box either way.
 */
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { indexDesign } from '../../shared/model/design-index.ts';
import { connectChoices, sourceHandlesOf } from '../model/connect-choices.ts';
import { describeConnection } from '../model/connection-text.ts';
import type { Refusal, SourceHandle } from '../model/connections.ts';
import { useEditor, useEditorStore } from '../state/context.tsx';
import { focusNode } from './focus.ts';
import { FormDialog } from './FormDialog.tsx';

export function ConnectDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const handles = useMemo(() => sourceHandlesOf(design, sourceId), [design, sourceId]);
  const [handle, setHandle] = useState<SourceHandle | undefined>(handles[0]);
  const choices = useMemo(
    () => (handle ? connectChoices(design, sourceId, handle) : { targets: [], refusal: null }),
    [design, sourceId, handle],
  );
  const [targetId, setTargetId] = useState<string>('');
  const [refused, setRefused] = useState<Refusal | null>(null);
  const target = choices.targets.some((c) => c.id === targetId) ? targetId : (choices.targets[0]?.id ?? '');
  const refusal = refused ?? choices.refusal;

  const close = () => {
    onClose();
    focusNode(sourceId);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!handle || !target) return;
    const refusalNow = store.getState().connect(sourceId, target, handle);
    if (refusalNow) setRefused(refusalNow);
    else close();
  };
  return (
    <FormDialog
      id="connect"
      className="connect-dialog"
      testId="connect-dialog"
      title={t('a11y.connect.title', { source: indexDesign(design).label(sourceId) })}
      onSubmit={submit}
      onCancel={close}
    >
      {handles.length > 1 && (
        <label className="connect-field">
          <span>{t('a11y.connect.kind')}</span>
          <select
            data-testid="connect-kind"
            value={handle}
            autoFocus
            onChange={(e) => {
              setHandle(e.target.value as SourceHandle);
              setRefused(null);
            }}
          >
            {handles.map((h) => (
              <option key={h} value={h}>
                {t(`handles.${h}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {choices.targets.length > 0 ? (
        <label className="connect-field">
          <span>{t('a11y.connect.target')}</span>
          <select
            data-testid="connect-target"
            size={Math.min(8, Math.max(2, choices.targets.length))}
            value={target}
            autoFocus={handles.length <= 1}
            onChange={(e) => {
              setTargetId(e.target.value);
              setRefused(null);
            }}
          >
            {choices.targets.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p data-testid="connect-none">{t('a11y.connect.none')}</p>
      )}
      {refusal && (
        <p className="connect-refusal" role="alert" data-testid="connect-refusal">
          {describeConnection({ ok: false, refusal }, design, t)}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={close} data-testid="connect-cancel">
          {t('a11y.connect.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!target} data-testid="connect-confirm">
          {t('a11y.connect.confirm')}
        </button>
      </div>
    </FormDialog>
  );
}
