/** The design as a whole, shown when nothing is selected: its name, the data-center link and the rule settings. */
import { useTranslation } from 'react-i18next';
import { nonNegativeProblem } from '../../i18n/value-problems.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { Choice, NumberField, TextField } from './fields.tsx';

export function DesignForm() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const { link, settings } = design;
  const update = store.getState().updateDesign;
  return (
    <>
      <TextField
        field="designName"
        label={t('fields.designName')}
        value={design.name}
        onCommit={(name) => update({ name })}
      />
      <TextField
        field="description"
        label={t('fields.description')}
        value={design.description}
        multiline
        onCommit={(description) => update({ description })}
      />
      <fieldset className="field-group">
        <legend>{t('fields.link')}</legend>
        <Choice
          field="linkClass"
          label={t('fields.linkClass')}
          value={link.class}
          options={(['high-bandwidth', 'low-bandwidth'] as const).map((v) => ({
            value: v,
            label: t(`values.linkClass.${v}`),
          }))}
          onChange={(c) => update({ link: { ...link, class: c } })}
        />
        <NumberField
          field="latencyMs"
          label={t('fields.latency')}
          value={link.latencyMs}
          check={nonNegativeProblem}
          unit={t('units.ms')}
          onCommit={(v) => update({ link: { ...link, latencyMs: v ?? 0 } })}
        />
        <NumberField
          field="bandwidthMbps"
          label={t('fields.bandwidth')}
          value={link.bandwidthMbps}
          check={nonNegativeProblem}
          unit={t('units.mbps')}
          onCommit={(v) => update({ link: { ...link, bandwidthMbps: v ?? 0 } })}
        />
      </fieldset>
      <fieldset className="field-group">
        <legend>{t('fields.settings')}</legend>
        <NumberField
          field="lowLatencyMaxMs"
          label={t('fields.lowLatencyMaxMs')}
          value={settings.lowLatencyMaxMs}
          check={nonNegativeProblem}
          unit={t('units.ms')}
          onCommit={(v) => update({ settings: { ...settings, lowLatencyMaxMs: v ?? 0 } })}
        />
        <NumberField
          field="highBandwidthMinMbps"
          label={t('fields.highBandwidthMinMbps')}
          value={settings.highBandwidthMinMbps}
          check={nonNegativeProblem}
          unit={t('units.mbps')}
          onCommit={(v) => update({ settings: { ...settings, highBandwidthMinMbps: v ?? 0 } })}
        />
        <NumberField
          field="logShippingScheduleTolerance"
          label={t('fields.scheduleTolerance')}
          value={settings.logShippingScheduleTolerance}
          check={nonNegativeProblem}
          onCommit={(v) => update({ settings: { ...settings, logShippingScheduleTolerance: v ?? 0 } })}
        />
      </fieldset>
    </>
  );
}
