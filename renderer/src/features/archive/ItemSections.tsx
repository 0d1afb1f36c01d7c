import Link from '@mui/material/Link';
import { CLASSIFICATIONS, RETENTIONS } from '../../../../shared/archive/codes';
import type { ArchiveItemDetail } from '../../../../shared/archive/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { SimpleTable } from '../mediation/SimpleTable';

/** Every field of an item as the catalogue records it. */
export function ItemFactsSection({
  item,
  onOpenCase,
}: {
  item: ArchiveItemDetail;
  /** Absent for those who may not open case records (the archivist). */
  onOpenCase: ((caseId: number) => void) | undefined;
}) {
  const end = item.retentionEndYear;
  return (
    <Section title="档案信息">
      <Facts
        facts={[
          { label: '档号', value: item.code },
          { label: '题名', value: item.title, wide: true },
          { label: '门类', value: `${item.categoryName}（${item.categoryCode}）` },
          { label: '年度', value: String(item.year) },
          {
            label: '保管期限',
            value:
              end === null ? RETENTIONS[item.retention] : `${RETENTIONS[item.retention]}（至 ${end} 年）`,
          },
          { label: '密级', value: CLASSIFICATIONS[item.classification] },
          { label: '文号', value: item.docNumber },
          { label: '责任者', value: item.responsible },
          { label: '日期', value: item.date },
          { label: '页数', value: String(item.pages) },
          { label: '重要档案', value: item.important ? '是' : '否' },
          { label: '存放位置', value: item.location ?? '未装盒' },
          {
            label: '关联案件',
            value:
              item.caseId !== null && item.caseCode ? (
                onOpenCase ? (
                  <Link component="button" type="button" onClick={() => onOpenCase(item.caseId!)}>
                    {item.caseCode}
                  </Link>
                ) : (
                  item.caseCode
                )
              ) : null,
          },
          { label: '归档', value: `${item.createdBy} ${formatTableDateTime(item.createdAt)}` },
          ...(item.imported
            ? [
                { label: '原档号', value: item.imported.legacyCode ?? '（保留原档号）' },
                {
                  label: '来源目录',
                  value: `从旧档案目录导入：${item.imported.fileName}${
                    item.imported.row === null ? '' : ` 第 ${item.imported.row} 行`
                  }（${item.imported.importedBy}，${formatTableDateTime(item.imported.importedAt)}）`,
                  wide: true,
                },
              ]
            : []),
          { label: '备注', value: item.note, wide: true },
        ]}
      />
    </Section>
  );
}

/** 卷内目录 of a filed mediation dossier: each document with its pages. */
export function ContentsSection({ item }: { item: ArchiveItemDetail }) {
  return (
    <Section title="卷内目录">
      <SimpleTable
        label="卷内目录"
        columns={[
          { header: '序号', cell: (e) => item.contents.indexOf(e) + 1, nowrap: true },
          { header: '文件题名', cell: (e) => e.title },
          { header: '页数', cell: (e) => e.pages, nowrap: true },
          { header: '页号', cell: (e) => e.range, nowrap: true },
        ]}
        rows={item.contents}
        rowKey={(e) => item.contents.indexOf(e)}
        empty="无卷内目录"
      />
    </Section>
  );
}
