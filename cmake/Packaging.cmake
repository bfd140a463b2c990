# CPack: `cpack -G DEB` in the build folder makes connectlab_<version>_<arch>.deb from what `cmake --install`
# installs. dpkg-shlibdeps (dpkg-dev) declares the shared libraries' packages, Qt WebEngine's helper process
# (libqt6webenginecore6-bin, from its library's shlibs) included; what is only loaded at run time is
# recommended by hand.
set(CPACK_PACKAGE_NAME connectlab)
set(CPACK_PACKAGE_VENDOR "The Connect Lab developers")
set(CPACK_PACKAGE_CONTACT "The Connect Lab developers <connectlab@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Connect Lab composes and tests Smartcar Connect links: a form for every parameter, validated as you type,
the flow run in an embedded browser with the redirect caught, the code exchanged for tokens, and an
offline sandbox standing in for Connect. connectlab-cli builds, checks and explains links in scripts;
connectlab-sandbox serves the offline sandbox for testing other apps.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/connectlab/connectlab")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(CONNECTLAB_BUILD_GUI)
    # Wayland sessions, and a keychain for secrets kept on request (qtkeychain talks to Secret Service).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, gnome-keyring | kwalletmanager")
endif()
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
