export { SettingsPanel, type PriorFileState, type SettingsPanelProps } from './SettingsPanel';
