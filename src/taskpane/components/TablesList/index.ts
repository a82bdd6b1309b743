export { TablesList, type TablesListProps } from './TablesList';
