import { makeStyles, tokens } from '@fluentui/react-components';

export const useNoHostStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});
