import { useCallback, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import FontDownloadOutlined from '@mui/icons-material/FontDownloadOutlined';
import { FONT_FILE_PATTERN, MAX_FONT_BYTES, type FontSettings } from '../../../../shared/fonts/schemas';
import { formatTableDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { Section } from '../../components/Section';
import { readAsBase64 } from '../../download';
import { formatBytes } from '../../format';
import { useCall } from '../../hooks/useCall';
import { useLoad } from '../../hooks/useLoad';
import { forgetPrintableChecks } from '../fonts/usePrintableWarning';

const KIND: Record<FontSettings['chain'][number]['kind'], string> = {
  body: '正文字体',
  system: 'Windows 自带',
  supplementary: '补充字体',
};

/**
 * 打印字体: the fonts documents try in turn, and the supplementary font the
 * director adds for rare name characters (CJK Extension B and beyond). The
 * file is read here and sent as base64, as case attachments are; the core
 * checks it is a real font and keeps a copy in the archive folder.
 */
export function PrintFontsSection() {
  const fonts = useLoad(useCallback(() => api.fonts.get({}), []));
  const input = useRef<HTMLInputElement>(null);
  const saving = useCall();
  const [refused, setRefused] = useState('');

  // Names checked before are printable now, or no longer: the entry warnings ask again.
  const changed = () => {
    forgetPrintableChecks();
    void fonts.reload();
  };
  const choose = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    setRefused('');
    if (!file) return;
    if (!FONT_FILE_PATTERN.test(file.name))
      return setRefused(`「${file.name}」不是字体文件：只接受 .ttf、.otf 或 .ttc 字体文件。`);
    if (file.size > MAX_FONT_BYTES)
      return setRefused(`「${file.name}」有 ${formatBytes(file.size)}，补充字体不能超过 40 MB。`);
    const base64 = await readAsBase64(file);
    const result = await saving.run(() => api.fonts.setSupplementary({ fileName: file.name, base64 }));
    if (result.ok) changed();
  };
  const remove = async () => {
    const result = await saving.run(() => api.fonts.removeSupplementary({}));
    if (result.ok) changed();
  };

  const supplementary = fonts.data?.supplementary;
  return (
    <Section
      title="打印字体"
      description="文书先用正文字体打印；正文字体中没有的生僻字（如“𠮷”），依次改用下列字体。若仍有打印不出的字，请添加含有该字的补充字体（.ttf、.otf 或 .ttc 文件），它会复制到档案库文件夹并随备份保存。"
    >
      <ErrorAlert error={fonts.error ?? saving.error} />
      {refused && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {refused}
        </Alert>
      )}
      {fonts.data && (
        <Facts
          facts={[
            {
              label: '打印时依次使用',
              value: fonts.data.chain.map((f) => `${f.label}（${KIND[f.kind]}）`).join(' → '),
              wide: true,
            },
            ...(supplementary
              ? [
                  { label: '补充字体', value: supplementary.name },
                  {
                    label: '文件',
                    value: `${supplementary.fileName}（${formatBytes(supplementary.sizeBytes)}）`,
                  },
                  { label: '添加时间', value: formatTableDateTime(supplementary.addedAt) },
                ]
              : []),
          ]}
        />
      )}
      {fonts.data && !supplementary && (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          尚未添加补充字体。
        </Typography>
      )}
      <input
        ref={input}
        type="file"
        hidden
        accept=".ttf,.otf,.ttc"
        aria-label="选择补充字体文件"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
        <Button
          variant="outlined"
          startIcon={<FontDownloadOutlined />}
          disabled={saving.busy}
          onClick={() => input.current?.click()}
        >
          {saving.busy ? '正在检查字体…' : supplementary ? '更换补充字体' : '添加补充字体'}
        </Button>
        {supplementary && (
          <Button color="error" disabled={saving.busy} onClick={() => void remove()}>
            移除补充字体
          </Button>
        )}
      </Stack>
    </Section>
  );
}
