import { makeStyles, tokens } from '@fluentui/react-components';

export const useFillPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  intro: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
  kinds: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  tables: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  tableRow: { display: 'grid', gridTemplateColumns: '1fr 84px', alignItems: 'start', columnGap: tokens.spacingHorizontalS },
  hint: { display: 'block', color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  preview: { color: tokens.colorNeutralForeground2 },
  column: { width: '100%', minWidth: 0 },
});
