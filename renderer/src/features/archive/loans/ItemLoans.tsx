import type { ArchiveItemDetail } from '../../../../../shared/archive/schemas';
import { LOAN_MODES, LOAN_STATUSES } from '../../../../../shared/archive/loans';
import type { SessionUser } from '../../../../../shared/session/schemas';
import { Section } from '../../../components/Section';
import { SimpleTable } from '../../mediation/SimpleTable';

interface ItemLoansProps {
  item: ArchiveItemDetail;
  user: SessionUser;
  onChanged: () => void;
}

/** 借阅记录 of an item, read-only (the loans pages add the actions). */
export function ItemLoans({ item }: ItemLoansProps) {
  return (
    <Section title="借阅记录">
      <SimpleTable
        label="借阅记录"
        columns={[
          { header: '借阅人', cell: (l) => l.borrowerName },
          { header: '方式', cell: (l) => LOAN_MODES[l.mode], nowrap: true },
          { header: '状态', cell: (l) => LOAN_STATUSES[l.status], nowrap: true },
          { header: '应还日期', cell: (l) => l.dueOn, nowrap: true },
        ]}
        rows={item.loans}
        rowKey={(l) => l.id}
        empty="暂无借阅记录"
      />
    </Section>
  );
}
