// Snowball's libstemmer (Debian: libstemmer-dev), as the system installs it.
#include <libstemmer.h>
