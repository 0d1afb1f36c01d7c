import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { GridPaginationModel, GridSortModel } from '@mui/x-data-grid';
import type { SessionUser } from '../../../../shared/session/schemas';
import type { OpenArchiveItem } from '../../app/navigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useRemembered } from '../../hooks/useRemembered';
import { managesArchive } from './archiveRoles';
import { BoxesTab } from './BoxesTab';
import { NO_CATALOGUE_FILTER, type CatalogueFilter } from './catalogueFilter';
import { CatalogueTab } from './CatalogueTab';
import { DisposalTab } from './DisposalTab';
import { useArchiveCategories, useBoxes } from './useArchiveLookups';

type ArchiveTab = 'catalogue' | 'boxes' | 'disposal';

export interface CatalogueView {
  tab: ArchiveTab;
  filter: CatalogueFilter;
  pagination: GridPaginationModel;
  sort: GridSortModel;
}

const FIRST_VIEW: CatalogueView = {
  tab: 'catalogue',
  filter: NO_CATALOGUE_FILTER,
  pagination: { page: 0, pageSize: 50 },
  sort: [],
};

interface ArchivePageProps {
  user: SessionUser;
  centreName: string;
  onOpenItem: OpenArchiveItem;
}

/**
 * 档案目录: the catalogue, the boxes on the shelves, and (for the archivist
 * and the director) appraisal and disposal. The view is kept while an item is
 * looked at, per account.
 */
export function ArchivePage({ user, centreName, onOpenItem }: ArchivePageProps) {
  const [view, setView] = useRemembered<CatalogueView>(`archive:${user.id}`, FIRST_VIEW);
  const categories = useArchiveCategories();
  const boxes = useBoxes();
  const manages = managesArchive(user.role);
  const tab = view.tab === 'disposal' && !manages ? 'catalogue' : view.tab;

  return (
    <>
      <PageTitle>档案目录</PageTitle>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 2 }}>
        <Tabs
          value={tab}
          onChange={(_, next: ArchiveTab) => setView((v) => ({ ...v, tab: next }))}
          aria-label="档案目录分类"
        >
          <Tab value="catalogue" label="档案目录" />
          <Tab value="boxes" label="档案盒" />
          {manages && <Tab value="disposal" label="到期鉴定与销毁" />}
        </Tabs>
      </Box>
      <ErrorAlert error={categories.error ?? boxes.error} />
      {tab === 'catalogue' && (
        <CatalogueTab
          view={view}
          setView={setView}
          categories={categories.data ?? []}
          boxes={boxes.data ?? []}
          centreName={centreName}
          onOpenItem={onOpenItem}
          onFiled={() => void boxes.reload()}
        />
      )}
      {tab === 'boxes' && (
        <BoxesTab
          boxes={boxes.data ?? []}
          loading={boxes.loading}
          manages={manages}
          onChanged={() => void boxes.reload()}
          onShowItems={(box) =>
            setView((v) => ({
              ...v,
              tab: 'catalogue',
              filter: { ...NO_CATALOGUE_FILTER, box: String(box.id) },
              pagination: { ...v.pagination, page: 0 },
            }))
          }
        />
      )}
      {tab === 'disposal' && <DisposalTab director={user.role === 'director'} />}
    </>
  );
}
