; Included by electron-builder (found in buildResources). The uninstaller never
; deletes the archive (deleteAppDataOnUninstall: false); on a deliberate,
; interactive uninstall this says so and where the archive is. Updates run the
; old uninstaller silently and skip it.
!macro customUnInstall
  ${IfNot} ${isUpdated}
  ${AndIfNot} ${Silent}
    MessageBox MB_OK|MB_ICONINFORMATION "卸载不会删除档案数据。档案数据保留在：$\r$\n$APPDATA\centre-archive$\r$\n重新安装后可继续使用；如确已不再需要，请先备份，再手动删除该文件夹。"
  ${EndIf}
!macroend
