#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H
/* SwiftPM drops the -D flags of ncursesw.pc, so the wide-character API must be requested here. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Attribute macros are built from NCURSES_BITS and are not imported; mutable globals are not
   concurrency-safe in Swift 6. Both are re-exported as functions. */
static inline attr_t shim_wa_bold(void) { return WA_BOLD; }
static inline attr_t shim_wa_reverse(void) { return WA_REVERSE; }
static inline attr_t shim_wa_underline(void) { return WA_UNDERLINE; }
static inline attr_t shim_wa_dim(void) { return WA_DIM; }
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
#endif
