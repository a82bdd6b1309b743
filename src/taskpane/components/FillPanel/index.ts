export { FillPanel, type FillPanelProps } from './FillPanel';
