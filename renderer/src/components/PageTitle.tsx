import Typography from '@mui/material/Typography';

/** The page's one h1, so each page is found by its heading. */
export function PageTitle({ children }: { children: string }) {
  return (
    <Typography variant="h5" component="h1" sx={{ mb: 3 }}>
      {children}
    </Typography>
  );
}
