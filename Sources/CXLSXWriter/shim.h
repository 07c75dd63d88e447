// The libxlsxwriter C API (Debian package libxlsxwriter-dev installs /usr/include/xlsxwriter.h).
#include <xlsxwriter.h>
