import { shorthands, tokens, type GriffelStyle } from '@fluentui/react-components';

/** The frame of a finding's card: a thin border with a thick left edge the severity colours. */
export const CARD_FRAME: GriffelStyle = {
  display: 'block',
  color: tokens.colorNeutralForeground1,
  ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  borderLeftWidth: tokens.strokeWidthThickest,
  borderRadius: tokens.borderRadiusMedium,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
};

/** A finding's card as a button: one click takes the clerk to its cell. */
export const FINDING_CARD: GriffelStyle = {
  ...CARD_FRAME,
  width: '100%',
  textAlign: 'left',
  cursor: 'pointer',
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  backgroundColor: tokens.colorNeutralBackground1,
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  ':focus-visible': { outlineStyle: 'solid', outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 },
};

/** The left edge by severity. */
export const SEVERITY_EDGE = {
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
} satisfies Record<string, GriffelStyle>;
