export { NarrativePanel, type NarrativePanelProps } from './NarrativePanel';
