// The NLopt C API (Debian package libnlopt-dev installs /usr/include/nlopt.h).
#include <nlopt.h>
