import type { CallContext } from '../../api/context';
import { defineJob } from '../../jobs/types';
import { footageRegisterPdf, type FootageRegisterRow } from '../../pdf/footageRegister.pdf';
import type { FileOutput } from '../../../../shared/api/contract';
import { FOOTAGE_MEDIA } from '../../../../shared/footage/codes';
import { correctedNote, correctionNote } from '../../../../shared/footage/rules';
import type { FootageRequest } from '../../../../shared/footage/schemas';
import { getSettings } from '../settings/settings.queries';
import { registerRequests } from './footage.queries';

const minute = (at: string) => at.replace('T', ' ');

function row(r: FootageRequest): FootageRegisterRow {
  const d = r.decision;
  const notes = [
    r.correctsId !== null ? correctionNote(r.correctsId, r.correctionReason ?? '') : '',
    r.correctedById !== null ? correctedNote(r.correctedById) : '',
    // The flag was set against the retention setting of the day; the figure may have changed since.
    r.likelyOverwritten ? '登记时已提示：录像很可能已被覆盖' : '',
  ];
  return {
    no: `#${r.id}`,
    requestedAt: minute(r.requestedAt),
    requester: r.requester,
    unit: r.unit,
    idNumber: r.idNumber,
    letter: r.letter,
    points: r.points.map((p) => `${p.code} ${p.name}`).join('\n'),
    range: `${minute(r.rangeFrom)}\n至 ${minute(r.rangeTo)}`,
    purpose: r.purpose,
    decision: d
      ? `${d.approved ? '批准' : '不予批准'}\n${d.decidedBy} ${minute(d.decidedAt)}${d.note ? `\n${d.note}` : ''}`
      : r.correctedById !== null
        ? ''
        : '待审批',
    copies: r.copies
      .map((c) => `${minute(c.copiedAt)} ${FOOTAGE_MEDIA[c.medium]}·${c.destination}·${c.operator}`)
      .join('\n'),
    recordedBy: r.recordedBy,
    note: notes.filter(Boolean).join('\n'),
  };
}

interface Made {
  file: FileOutput;
  summary: string;
}

/** 录像调取登记表 of the requests registered in a period: A4 landscape, every column, approvals, copies, corrections. */
export const printFootageRegisterJob = defineJob<'footage', 'printRegister'>()({
  label: ({ from, to }) => `打印录像调取登记表（${from} 至 ${to}）`,
  async run(scope, { from, to }): Promise<Made> {
    scope.progress(0, 2, '正在读取录像调取登记…');
    const requests = registerRequests(scope.db, from, to);
    scope.progress(1, 2, '正在排版…');
    const bytes = await footageRegisterPdf({
      centreName: getSettings(scope.db).centreName,
      from,
      to,
      rows: requests.map(row),
    });
    return {
      file: {
        fileName: `录像调取登记表-${from}至${to}.pdf`,
        mime: 'application/pdf',
        base64: bytes.toString('base64'),
      },
      summary: `打印录像调取登记表（${from} 至 ${to}，${requests.length} 条）`,
    };
  },
  finish(ctx: CallContext, _input, made) {
    ctx.write((_db, audit) =>
      audit({ action: 'footage.print', entity: 'footage_request', summary: made.summary }),
    );
    return made.file;
  },
});
