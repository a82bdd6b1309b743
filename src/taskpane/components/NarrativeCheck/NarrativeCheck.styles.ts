import { makeStyles, tokens } from '@fluentui/react-components';
import { FINDING_CARD, SEVERITY_EDGE } from '../finding-card.styles';

export const useNarrativeCheckStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  text: { fontFamily: tokens.fontFamilyBase, minHeight: '160px' },
  meta: { color: tokens.colorNeutralForeground3 },
  severity: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  severityHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  card: FINDING_CARD,
  ...SEVERITY_EDGE,
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  where: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  message: { display: 'block', marginTop: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalXS },
  sentence: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fix: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXXS },
  stated: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  expected: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  footer: { display: 'block', marginTop: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  unchecked: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});
