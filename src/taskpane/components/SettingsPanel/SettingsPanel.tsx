import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { AUTO_PROFILE, DEFAULT_PANE_SETTINGS, type PaneSettings, type PriorChoice, type SettingsWire } from '../../../app/pane-settings';
import { S } from '../../strings';
import { useSettingsPanelStyles } from './SettingsPanel.styles';

export interface PriorFileState {
  /** The file read, when there is one. */
  name?: string;
  sheets?: number;
  /** False when the file is kept in this pane only (too large for shared storage). */
  persisted?: boolean;
  reading?: boolean;
  error?: string;
}

export interface SettingsPanelProps {
  /** The saved settings the form starts from (and returns to after 保存). */
  settings: PaneSettings;
  /** Sheet names of the workbook, to choose where last year's tables are; empty before the first read. */
  sheetNames: string[];
  /** Table sets the engine knows, for the 表格套式 choice; hidden when there is only one. Default: none. */
  profiles?: Array<{ id: string; name: string }>;
  /** Last year's workbook picked from disk. Default: none picked. */
  priorFile?: PriorFileState;
  /** Saves the settings (the pane stores them for the ribbon buttons too). */
  onSave: (settings: PaneSettings) => void;
  /** Called with the .xlsx the clerk picked as last year's workbook. */
  onPickPriorFile: (file: File) => void;
  /** Forgets last year's workbook. */
  onRemovePriorFile: () => void;
}

type DecimalField = 'tolerance' | 'roundingLimit' | 'reasonThresholdPercent';
const DECIMAL_FIELDS: DecimalField[] = ['tolerance', 'roundingLimit', 'reasonThresholdPercent'];

function validNumber(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text.trim());
}

/** Tolerance, precision, the 100% rule, the reason threshold, wording, and where last year's figures come from. */
export function SettingsPanel({ settings, sheetNames, profiles = [], priorFile, onSave, onPickPriorFile, onRemovePriorFile }: SettingsPanelProps) {
  const styles = useSettingsPanelStyles();
  const [draft, setDraft] = useState<PaneSettings>(settings);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => setDraft(settings), [settings]);

  const engine = draft.engine;
  const setEngine = <K extends keyof SettingsWire>(k: K, v: SettingsWire[K]) => setDraft((d) => ({ ...d, engine: { ...d.engine, [k]: v } }));
  const setPrior = (prior: PriorChoice) => setDraft((d) => ({ ...d, prior }));
  const invalid = DECIMAL_FIELDS.filter((k) => !validNumber(String(engine[k])));

  const numberField = (k: DecimalField, label: string, hint?: string) => (
    <Field
      label={label}
      hint={hint}
      validationState={invalid.includes(k) ? 'error' : 'none'}
      validationMessage={invalid.includes(k) ? S.settings.invalidNumber : undefined}
    >
      <Input value={String(engine[k])} inputMode="decimal" onChange={(_e, data) => setEngine(k, data.value)} data-setting={k} />
    </Field>
  );

  const options = (record: Record<string, string>) =>
    Object.entries(record).map(([value, text]) => (
      <option key={value} value={value}>
        {text}
      </option>
    ));

  const priorSheets = draft.prior.kind === 'sheets' ? draft.prior.sheets : [];

  return (
    <form
      className={styles.root}
      data-testid="settings"
      onSubmit={(e) => {
        e.preventDefault();
        if (invalid.length === 0) onSave({ ...draft, engine: { ...engine, ...trimmed(engine) } });
      }}
    >
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{S.settings.checkGroup}</legend>
        {numberField('tolerance', S.settings.tolerance, S.settings.toleranceHint)}
        {numberField('roundingLimit', S.settings.roundingLimit, S.settings.roundingLimitHint)}
        {profiles.length > 1 && (
          <Field label={S.settings.profile}>
            <Select value={engine.profile} onChange={(_e, d) => setEngine('profile', d.value)}>
              <option value={AUTO_PROFILE}>{S.settings.profileAuto}</option>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{S.settings.textGroup}</legend>
        <Field label={S.settings.percentDecimals}>
          <Select value={String(engine.percentDecimals)} onChange={(_e, d) => setEngine('percentDecimals', Number(d.value))} data-setting="percentDecimals">
            {[0, 1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={S.settings.shareRounding}>
          <RadioGroup value={engine.shareRounding} onChange={(_e, d) => setEngine('shareRounding', d.value as SettingsWire['shareRounding'])}>
            {Object.entries(S.settings.shareRoundingOptions).map(([value, text]) => (
              <Radio key={value} value={value} label={text} />
            ))}
          </RadioGroup>
        </Field>
        {numberField('reasonThresholdPercent', S.settings.reasonThreshold)}
        <Field label={S.settings.sameWording}>
          <Select value={engine.sameWording} onChange={(_e, d) => setEngine('sameWording', d.value as SettingsWire['sameWording'])}>
            {options(S.settings.sameWordingOptions)}
          </Select>
        </Field>
        <Field label={S.settings.priorZeroWording}>
          <Select value={engine.priorZeroWording} onChange={(_e, d) => setEngine('priorZeroWording', d.value as SettingsWire['priorZeroWording'])}>
            {options(S.settings.priorZeroOptions)}
          </Select>
        </Field>
        <Field label={S.settings.amountStyle}>
          <Select value={engine.amountStyle} onChange={(_e, d) => setEngine('amountStyle', d.value as SettingsWire['amountStyle'])}>
            {options(S.settings.amountStyleOptions)}
          </Select>
        </Field>
        <Field label={S.settings.wordingStyle}>
          <Select value={engine.wordingStyle} onChange={(_e, d) => setEngine('wordingStyle', d.value as SettingsWire['wordingStyle'])}>
            {options(S.settings.wordingStyleOptions)}
          </Select>
        </Field>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>{S.settings.priorGroup}</legend>
        <RadioGroup
          value={draft.prior.kind}
          onChange={(_e, d) => {
            const kind = d.value as PriorChoice['kind'];
            if (kind === 'sheets') setPrior({ kind, sheets: priorSheets });
            else if (kind === 'file') setPrior({ kind, name: priorFile?.name ?? '' });
            else setPrior({ kind });
          }}
          data-setting="prior"
        >
          {Object.entries(S.settings.priorOptions).map(([value, text]) => (
            <Radio key={value} value={value} label={text} />
          ))}
        </RadioGroup>
        {draft.prior.kind === 'sheets' && (
          <div className={styles.sheets}>
            <Caption1>{S.settings.priorSheets}</Caption1>
            {sheetNames.length === 0 && <Caption1 className={styles.muted}>{S.settings.priorSheetsEmpty}</Caption1>}
            {sheetNames.map((name) => (
              <Checkbox
                key={name}
                label={name}
                checked={priorSheets.includes(name)}
                onChange={(_e, d) =>
                  setPrior({ kind: 'sheets', sheets: d.checked ? [...priorSheets, name] : priorSheets.filter((s) => s !== name) })
                }
              />
            ))}
          </div>
        )}
        {draft.prior.kind === 'file' && (
          <div className={styles.file}>
            <div className={styles.fileRow}>
              <Button onClick={() => fileInput.current?.click()} disabled={priorFile?.reading}>
                {S.settings.priorFilePick}
              </Button>
              {priorFile?.name && !priorFile.reading && (
                <Button appearance="subtle" onClick={onRemovePriorFile}>
                  {S.settings.priorFileRemove}
                </Button>
              )}
              <input
                ref={fileInput}
                className={styles.hiddenInput}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="prior-file-input"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) onPickPriorFile(file);
                  e.target.value = '';
                }}
              />
            </div>
            {priorFile?.reading && <Spinner size="tiny" label={S.settings.priorFileReading} />}
            {!priorFile?.reading && priorFile?.name && (
              <Caption1>{S.settings.priorFileLoaded(priorFile.name, priorFile.sheets ?? 0)}</Caption1>
            )}
            {!priorFile?.reading && !priorFile?.name && !priorFile?.error && <Caption1 className={styles.muted}>{S.settings.priorFileNone}</Caption1>}
            {priorFile?.persisted === false && <Caption1 className={styles.muted}>{S.settings.priorFileMemoryOnly}</Caption1>}
            {priorFile?.error && <Caption1 role="alert">{S.settings.priorFileFailed(priorFile.error)}</Caption1>}
          </div>
        )}
      </fieldset>

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={invalid.length > 0}>
          {S.settings.save}
        </Button>
        <Button type="button" onClick={() => setDraft({ ...DEFAULT_PANE_SETTINGS, prior: draft.prior })}>
          {S.settings.reset}
        </Button>
      </div>
    </form>
  );
}

function trimmed(engine: SettingsWire): Partial<SettingsWire> {
  const out: Partial<SettingsWire> = {};
  for (const k of DECIMAL_FIELDS) out[k] = String(engine[k]).trim();
  return out;
}
