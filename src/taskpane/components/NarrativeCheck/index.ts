export { NarrativeCheck, type NarrativeCheckProps, type NarrativeCheckInputState } from './NarrativeCheck';
