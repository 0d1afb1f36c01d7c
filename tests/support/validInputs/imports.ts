// Valid inputs of the import actions (old ledgers and catalogues).
import type { ValidInputsOf } from './types';

/** A two-row CSV ledger, as an import's input carries it. */
const LEDGER_FILE = {
  fileName: '旧台账.csv',
  base64: Buffer.from(
    '编号,登记日期,当事人,纠纷类型,简要情况\nA-1,2024/1/5,张三与李四,邻里纠纷,漏水\n',
  ).toString('base64'),
};

/** A one-row CSV catalogue (档案目录), as an import's input carries it. */
const CATALOGUE_FILE = {
  fileName: '归档文件目录.csv',
  base64: Buffer.from(
    '档号,题名,责任者,日期,页数\nJ001-HY·2019-Y-0001,社区综治中心2019年第一次例会记录,示范社区综治中心,2019-01-08,4\n',
  ).toString('base64'),
};

export const importsInputs: ValidInputsOf<'imports'> = {
  inspectLedger: LEDGER_FILE,
  checkLedger: { ...LEDGER_FILE, categories: { 土地纠纷: 'new' } },
  importLedger: {
    ...LEDGER_FILE,
    mapping: ['legacyCode', 'registeredAt', 'parties', 'category', 'summary'],
  },
  inspectCatalogue: CATALOGUE_FILE,
  checkCatalogue: { ...CATALOGUE_FILE, categories: { 会议纪要: 'HY' } },
  importCatalogue: { ...CATALOGUE_FILE, mapping: ['code', 'title', 'responsible', 'date', 'pages'] },
};
