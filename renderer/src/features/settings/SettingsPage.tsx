import { useState } from 'react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { ArchiveCategoriesSection } from '../archive/ArchiveCategoriesSection';
import { ArchiveSettingsSection } from '../archive/ArchiveSettingsSection';
import { CalendarSection } from '../calendar/CalendarSection';
import { DeadlinePresetSection } from '../calendar/DeadlinePresetSection';
import { CategoriesSection } from '../cases/CategoriesSection';
import { BackupsSection } from '../maintenance/BackupsSection';
import { ExternalBackupSection } from '../maintenance/ExternalBackupSection';
import { IntegritySection } from '../maintenance/IntegritySection';
import { RecoveryKeySection } from '../maintenance/RecoveryKeySection';
import { RekeySection } from '../maintenance/RekeySection';
import { CentreSettingsForm } from './CentreSettingsForm';
import { PrintFontsSection } from './PrintFontsSection';
import { useSettings } from './useSettings';

type SettingsTab = 'centre' | 'cases' | 'archive';

/** 中心与数据安全: centre information, backups, integrity, recovery key and rekey. */
function CentreTab() {
  const settings = useSettings();
  return (
    <>
      <Section title="中心信息">
        <ErrorAlert error={settings.error} />
        {settings.data ? (
          <CentreSettingsForm settings={settings.data} />
        ) : (
          settings.loading && <Typography color="text.secondary">正在读取…</Typography>
        )}
      </Section>
      <PrintFontsSection />
      <BackupsSection />
      <ExternalBackupSection />
      <IntegritySection />
      <RecoveryKeySection />
      <RekeySection />
    </>
  );
}

/**
 * The director's settings, in three tabs: the centre and its data's safety
 * (opened first: the recovery-key reminder leads here), the rules of the
 * ledger — dispute types, the service-promise deadlines and the working-day
 * calendar they are counted on — and the archive's: fonds, 档号 format,
 * borrowing periods and the 门类 dictionary.
 */
export function SettingsPage() {
  const [tab, setTab] = useState<SettingsTab>('centre');
  return (
    <>
      <PageTitle>系统设置</PageTitle>
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={tab} onChange={(_, next: SettingsTab) => setTab(next)} aria-label="设置分类">
          <Tab value="centre" label="中心与数据安全" />
          <Tab value="cases" label="案件办理规则" />
          <Tab value="archive" label="档案管理" />
        </Tabs>
      </Box>
      {tab === 'centre' && <CentreTab />}
      {tab === 'cases' && (
        <>
          <CategoriesSection />
          <DeadlinePresetSection />
          <CalendarSection />
        </>
      )}
      {tab === 'archive' && (
        <>
          <ArchiveSettingsSection />
          <ArchiveCategoriesSection />
        </>
      )}
    </>
  );
}
