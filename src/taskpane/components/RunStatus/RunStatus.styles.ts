import { makeStyles, tokens } from '@fluentui/react-components';

export const useRunStatusStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  progress: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  step: { color: tokens.colorNeutralForeground2 },
  text: { whiteSpace: 'pre-wrap' },
});
