# Packages (CPack): a .deb for Debian 12 and a .tgz of the same tree. Included at the end of the
# top-level CMakeLists.txt, after every install() rule.
#
#   (cd build && cpack -G DEB)   -> build/bulkhead_<version>_<arch>.deb   (prefix /usr)
#   (cd build && cpack -G TGZ)   -> build/bulkhead-<version>-Linux.tar.gz (bin/, share/)
#   installer/package-check.sh   builds both, installs the .deb and smoke-tests what it installed
set(CPACK_PACKAGE_NAME bulkhead)
set(CPACK_PACKAGE_VENDOR "Bulkhead developers")
# A placeholder address in the style of the homepage below; replace both with the project's real ones.
set(CPACK_PACKAGE_CONTACT "Bulkhead developers <bulkhead@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/bulkhead/bulkhead")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "dashboard for the security posture of containers and Kubernetes")
# The long description; CPack indents it and turns the empty line into " ." for debian/control.
set(CPACK_PACKAGE_DESCRIPTION [[
Bulkhead brings together what vulnerability scanners, container registries
and Kubernetes clusters say about a team's containers, and shows where the
team stands against its security practices.

It imports Trivy, Grype, SARIF, CycloneDX, SPDX, trivy-operator and Kubescape
reports; collects images, signatures and SBOMs from registries, and
workloads, RBAC and secret metadata from clusters and Vault; tracks the
triage of findings, controls with evidence and attestations, a posture
score, weekly reviews, incident drills and release gates; and writes a PDF
report for auditors. Secret values, passwords and tokens are never stored.

The package holds the desktop program (bulkhead) and the command-line tool
(bulkheadctl) that works on the same local store, in English, German and
French.]])
set(CPACK_GENERATOR "DEB;TGZ")
# Release binaries without their debug information: a tenth of the size.
set(CPACK_STRIP_FILES ON)

# .deb: bulkhead_0.1.0_amd64.deb, installed under /usr: CPack's default prefix for DEB (not set here,
# since CPACK_PACKAGING_INSTALL_PREFIX would move the .tgz's tree under usr/ too).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME bulkhead)
# Architecture from `dpkg --print-architecture` (CPack's default when dpkg exists).
# Section "admin": Debian files system auditing and security assessment tools there (lynis, tiger,
# debsecan); "utils" is for general-purpose utilities. Bulkhead assesses the security of the
# systems a team administers.
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from dpkg-shlibdeps (appended to the Depends below). The PDF report
# embeds DejaVu, found through fontconfig: nothing links it, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# Qt's own strings (standard dialogs, buttons) in German and French.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# Registry passwords are kept in the desktop keyring through the Secret Service.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The .tgz: a relocatable tree (bin/, share/) under bulkhead-<version>-Linux/, CPack's defaults.

include(CPack)
