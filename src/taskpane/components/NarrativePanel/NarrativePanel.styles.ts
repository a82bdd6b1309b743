import { makeStyles, tokens } from '@fluentui/react-components';

export const useNarrativePanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  text: { fontFamily: tokens.fontFamilyBase, minHeight: '320px' },
});
