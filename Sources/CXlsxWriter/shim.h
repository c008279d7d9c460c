#ifndef CXLSXWRITER_SHIM_H
#define CXLSXWRITER_SHIM_H
/* libxlsxwriter (Debian libxlsxwriter-dev): writes Excel .xlsx workbooks. */
#include <xlsxwriter.h>
#endif
