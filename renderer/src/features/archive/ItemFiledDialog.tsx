import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import LabelOutlined from '@mui/icons-material/LabelOutlined';
import type { ArchiveItemDetail } from '../../../../shared/archive/schemas';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePrintJob } from '../../print/usePrintJob';

interface ItemFiledDialogProps {
  item: ArchiveItemDetail;
  onClose: () => void;
  onNext: () => void;
  onOpenItem: ((id: number) => void) | undefined;
}

/** After filing: the 档号 to write on the folder, and its label to print. */
export function ItemFiledDialog({ item, onClose, onNext, onOpenItem }: ItemFiledDialogProps) {
  const print = usePrintJob();
  return (
    <>
      <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="item-filed-title">
        <DialogTitle id="item-filed-title">已归档</DialogTitle>
        <DialogContent>
          <ErrorAlert error={print.error} />
          <Typography color="text.secondary">档号</Typography>
          <Typography variant="h5" component="p" sx={{ mb: 1.5 }} data-testid="filed-code">
            {item.code}
          </Typography>
          <Typography>
            「{item.title}」，{item.pages} 页{item.location ? `，存放于 ${item.location}` : '，尚未装盒'}。
          </Typography>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2, flexWrap: 'wrap', gap: 1 }}>
          <Button onClick={onClose}>关闭</Button>
          <Button onClick={onNext}>继续登记</Button>
          <Button
            startIcon={<LabelOutlined />}
            disabled={print.busy}
            onClick={() => void print.start('档案标签', () => api.archive.printLabels({ ids: [item.id] }))}
          >
            打印标签
          </Button>
          {onOpenItem && (
            <Button variant="contained" autoFocus onClick={() => onOpenItem(item.id)}>
              打开档案
            </Button>
          )}
        </DialogActions>
      </Dialog>
      {print.preview}
    </>
  );
}
