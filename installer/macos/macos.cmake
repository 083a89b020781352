# macOS: LeadLoop.app with its Info.plist (the app id, the version, .leadloop documents) in a
# DragNDrop disk image; macdeployqt puts the Qt frameworks into the bundle. Needs Xcode's
# command-line tools, Qt 6.4 for macOS and the dependencies from Homebrew. Not built on the
# Debian build machine.
set_target_properties(leadloop PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME LeadLoop
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${LEADLOOP_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}")
# The bundle icon, made from the PNG sizes with Apple's iconutil.
set(LEADLOOP_ICONSET ${CMAKE_CURRENT_BINARY_DIR}/leadloop.iconset)
add_custom_command(
    OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/leadloop.icns
    COMMAND ${CMAKE_COMMAND} -E make_directory ${LEADLOOP_ICONSET}
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_LIST_DIR}/../linux/icons/16.png ${LEADLOOP_ICONSET}/icon_16x16.png
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_LIST_DIR}/../linux/icons/32.png ${LEADLOOP_ICONSET}/icon_32x32.png
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_LIST_DIR}/../linux/icons/128.png ${LEADLOOP_ICONSET}/icon_128x128.png
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_LIST_DIR}/../linux/icons/256.png ${LEADLOOP_ICONSET}/icon_256x256.png
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_LIST_DIR}/../linux/icons/512.png ${LEADLOOP_ICONSET}/icon_512x512.png
    COMMAND iconutil -c icns ${LEADLOOP_ICONSET} -o ${CMAKE_CURRENT_BINARY_DIR}/leadloop.icns)
target_sources(leadloop PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/leadloop.icns)
set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/leadloop.icns
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
find_program(LEADLOOP_MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin")
install(CODE "
  execute_process(COMMAND \"${LEADLOOP_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/LeadLoop.app\")
")
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME LeadLoop)
