// The GLPK C API (Debian package libglpk-dev installs /usr/include/glpk.h).
#include <glpk.h>
