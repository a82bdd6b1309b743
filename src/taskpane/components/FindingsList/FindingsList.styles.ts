import { makeStyles, tokens } from '@fluentui/react-components';
import { CARD_FRAME, FINDING_CARD, SEVERITY_EDGE } from '../finding-card.styles';

export const useFindingsListStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  meta: { color: tokens.colorNeutralForeground3 },
  severity: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  severityHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  tableGroup: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  tableHeader: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  card: FINDING_CARD,
  cause: { ...CARD_FRAME, backgroundColor: tokens.colorNeutralBackground2 },
  causeDetails: { fontSize: tokens.fontSizeBase200, '& > summary': { cursor: 'pointer', marginBottom: tokens.spacingVerticalXS } },
  ...SEVERITY_EDGE,
  selected: { backgroundColor: tokens.colorBrandBackground2, ':hover': { backgroundColor: tokens.colorBrandBackground2Hover } },
  message: { display: 'block', marginBottom: tokens.spacingVerticalXS },
  sides: { display: 'block', color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  side: { display: 'block' },
  amount: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  difference: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});
