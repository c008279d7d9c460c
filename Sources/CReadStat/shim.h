#ifndef CREADSTAT_SHIM_H
#define CREADSTAT_SHIM_H
/* ReadStat (Debian libreadstat-dev): writes Stata .dta and SPSS .sav with labels. */
#include <readstat.h>
#endif
