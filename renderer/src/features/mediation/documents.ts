import { MEDIATION_DOCUMENTS, type MediationDocument } from '../../../../shared/mediation/codes';
import type { InputOf } from '../../../../shared/api/contract';
import { api } from '../../api';
import type { DocumentRequest } from '../../print/DocumentPreviewDialog';

type Extra = Omit<InputOf<'mediation', 'printDocument'>, 'mediationId' | 'document'>;

/** One of the module's documents of a mediation, titled by its printed name unless told otherwise. */
export function documentRequest(
  mediationId: number,
  document: MediationDocument,
  extra: Extra = {},
  title: string = MEDIATION_DOCUMENTS[document],
): DocumentRequest {
  return { title, load: () => api.mediation.printDocument({ mediationId, document, ...extra }) };
}
