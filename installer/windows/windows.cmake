# Windows: an NSIS installer (CPack) with the Qt runtime deployed next to the programs by
# windeployqt. Needs Qt 6.4 for MSVC, NSIS 3 on PATH, and the dependencies built for Windows
# (SQLite, Boost.Date_Time, QuaZip, simdjson). Not built on the Debian build machine.
find_program(LEADLOOP_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
install(CODE "
  execute_process(COMMAND \"${LEADLOOP_WINDEPLOYQT}\" --no-compiler-runtime --release
                          \"\${CMAKE_INSTALL_PREFIX}/bin/leadloop.exe\"
                          \"\${CMAKE_INSTALL_PREFIX}/bin/leadloop-cli.exe\")
")
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_DISPLAY_NAME LeadLoop)
set(CPACK_NSIS_PACKAGE_NAME LeadLoop)
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/leadloop.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\leadloop.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# .leadloop files open in LeadLoop.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.leadloop' '' 'LeadLoop.Workspace'
  WriteRegStr HKCR 'LeadLoop.Workspace' '' 'LeadLoop workspace'
  WriteRegStr HKCR 'LeadLoop.Workspace\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\leadloop.exe,0'
  WriteRegStr HKCR 'LeadLoop.Workspace\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\leadloop.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR '.leadloop'
  DeleteRegKey HKCR 'LeadLoop.Workspace'
")
