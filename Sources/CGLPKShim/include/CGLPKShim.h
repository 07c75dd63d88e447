// C helpers for the GLPK Swift layer. They exist because Swift cannot call
// setjmp ("returns_twice" functions are unavailable in Swift), and because
// GLPK's terminal hook is per thread and has no getter, so nested solves need
// somewhere to keep the previous sink.
//
// The header declares only what Swift needs; the GLPK types stay opaque here so
// that this module does not re-export <glpk.h> next to CGLPK.
#ifndef CGLPK_SHIM_H
#define CGLPK_SHIM_H

struct glp_prob;

/// Returned by the guarded calls when GLPK reported an internal error. The
/// problem object passed in must not be used again, not even deleted.
#define CGLPK_FATAL (-1)

/// Runs glp_simplex(P, parm) with GLPK's error hook armed; parm is a glp_smcp.
int cglpk_simplex(struct glp_prob *P, const void *parm);

/// Runs glp_intopt(P, parm) with GLPK's error hook armed; parm is a glp_iocp.
int cglpk_intopt(struct glp_prob *P, const void *parm);

/// Runs glp_write_lp(P, NULL, fname) with GLPK's error hook armed.
int cglpk_write_lp(struct glp_prob *P, const char *fname);

/// Runs glp_write_mps(P, GLP_MPS_FILE, NULL, fname) with GLPK's error hook armed.
int cglpk_write_mps(struct glp_prob *P, const char *fname);

/// Receives one piece of GLPK terminal output; is_error is non-zero while GLPK
/// prints the message of an internal error.
typedef void (*cglpk_text_sink)(void *info, const char *text, int is_error);

/// A terminal-output sink and its context.
typedef struct {
  cglpk_text_sink func;
  void *info;
} cglpk_sink;

/// Routes this thread's GLPK terminal output to sink (nothing reaches stdout
/// while a sink is set) and returns the sink it replaces. A sink whose func is
/// NULL restores GLPK's own printing.
cglpk_sink cglpk_swap_sink(cglpk_sink sink);

#endif
