import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { Section } from '../../components/Section';
import { BackupsSection } from '../maintenance/BackupsSection';
import { IntegritySection } from '../maintenance/IntegritySection';
import { RecoveryKeySection } from '../maintenance/RecoveryKeySection';
import { RekeySection } from '../maintenance/RekeySection';
import { CentreSettingsForm } from './CentreSettingsForm';
import { useSettings } from './useSettings';

/** The director's settings: centre information, backups, integrity, recovery key and rekey. */
export function SettingsPage() {
  const settings = useSettings();
  return (
    <>
      <PageTitle>系统设置</PageTitle>
      <Section title="中心信息">
        <ErrorAlert error={settings.error} />
        {settings.data ? (
          <CentreSettingsForm settings={settings.data} />
        ) : (
          settings.loading && <Typography color="text.secondary">正在读取…</Typography>
        )}
      </Section>
      <BackupsSection />
      <IntegritySection />
      <RecoveryKeySection />
      <RekeySection />
    </>
  );
}
