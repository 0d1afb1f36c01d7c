import type { ReactElement } from 'react';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import BarChartOutlined from '@mui/icons-material/BarChartOutlined';
import CameraOutdoorOutlined from '@mui/icons-material/CameraOutdoorOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import HowToRegOutlined from '@mui/icons-material/HowToRegOutlined';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import ManageAccountsOutlined from '@mui/icons-material/ManageAccountsOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import SettingsOutlined from '@mui/icons-material/SettingsOutlined';
import VideocamOutlined from '@mui/icons-material/VideocamOutlined';
import VideoLibraryOutlined from '@mui/icons-material/VideoLibraryOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import type { Role } from '../../../shared/accounts/roles';
import { navItemsFor, type Navigate, type PageKey } from './navigation';

export const DRAWER_WIDTH = 208;

const ICONS: Record<PageKey, ReactElement> = {
  dashboard: <DashboardOutlined />,
  intake: <HowToRegOutlined />,
  ledger: <GavelOutlined />,
  imports: <UploadFileOutlined />,
  archive: <Inventory2Outlined />,
  loans: <MenuBookOutlined />,
  roster: <EventNoteOutlined />,
  watch: <VideocamOutlined />,
  cameras: <CameraOutdoorOutlined />,
  footage: <VideoLibraryOutlined />,
  handover: <SwapHorizOutlined />,
  stats: <BarChartOutlined />,
  accounts: <ManageAccountsOutlined />,
  audit: <ReceiptLongOutlined />,
  settings: <SettingsOutlined />,
  myAccount: <AccountCircleOutlined />,
};

/** The permanent left navigation; entries depend on the role. */
export function NavDrawer({ role, page, onNavigate }: { role: Role; page: PageKey; onNavigate: Navigate }) {
  return (
    <Drawer
      variant="permanent"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
      }}
    >
      <Toolbar />
      <List component="nav" aria-label="主导航">
        {navItemsFor(role).map((item) => (
          <ListItemButton
            key={item.key}
            selected={item.key === page}
            aria-current={item.key === page ? 'page' : undefined}
            onClick={() => onNavigate(item.key)}
          >
            <ListItemIcon sx={{ minWidth: 36 }}>{ICONS[item.key]}</ListItemIcon>
            <ListItemText primary={item.label} />
          </ListItemButton>
        ))}
      </List>
    </Drawer>
  );
}
