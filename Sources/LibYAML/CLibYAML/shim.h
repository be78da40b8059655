#ifndef PARLEY_CLIBYAML_SHIM_H
#define PARLEY_CLIBYAML_SHIM_H

#include <yaml.h>

#endif
