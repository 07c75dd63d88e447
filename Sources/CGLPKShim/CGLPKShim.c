#include "CGLPKShim.h"

#include <glpk.h>
#include <setjmp.h>
#include <stddef.h>

// The innermost guarded call on this thread, and whether an internal error was
// caught inside a nested guarded call (a solve started from a solver callback).
static _Thread_local jmp_buf *innermost_guard;
static _Thread_local int environment_broken;
static _Thread_local cglpk_sink current_sink;

static void on_glpk_error(void *info) {
  (void)info;
  longjmp(*innermost_guard, 1);
}

// Runs body(arg) so that a GLPK internal error returns CGLPK_FATAL instead of
// calling abort(). GLPK requires glp_free_env() after such an error, which
// invalidates every problem object of the thread; a nested call therefore only
// records the error and leaves the clean-up to the outermost call.
static int guarded(int (*body)(void *), void *arg) {
  jmp_buf here;
  jmp_buf *enclosing = innermost_guard;
  volatile int rc = CGLPK_FATAL;
  innermost_guard = &here;
  if (setjmp(here) == 0) {
    glp_error_hook(on_glpk_error, NULL);
    rc = body(arg);
  } else {
    environment_broken = 1;
  }
  innermost_guard = enclosing;
  if (enclosing != NULL) return environment_broken ? CGLPK_FATAL : rc;
  glp_error_hook(NULL, NULL);
  if (environment_broken) {
    environment_broken = 0;
    glp_free_env();
    return CGLPK_FATAL;
  }
  return rc;
}

struct call {
  glp_prob *P;
  const void *parm;
  const char *fname;
};

static int run_simplex(void *arg) {
  struct call *c = arg;
  return glp_simplex(c->P, (const glp_smcp *)c->parm);
}

static int run_intopt(void *arg) {
  struct call *c = arg;
  return glp_intopt(c->P, (const glp_iocp *)c->parm);
}

static int run_write_lp(void *arg) {
  struct call *c = arg;
  return glp_write_lp(c->P, NULL, c->fname);
}

static int run_write_mps(void *arg) {
  struct call *c = arg;
  return glp_write_mps(c->P, GLP_MPS_FILE, NULL, c->fname);
}

int cglpk_simplex(struct glp_prob *P, const void *parm) {
  struct call c = {P, parm, NULL};
  return guarded(run_simplex, &c);
}

int cglpk_intopt(struct glp_prob *P, const void *parm) {
  struct call c = {P, parm, NULL};
  return guarded(run_intopt, &c);
}

int cglpk_write_lp(struct glp_prob *P, const char *fname) {
  struct call c = {P, NULL, fname};
  return guarded(run_write_lp, &c);
}

int cglpk_write_mps(struct glp_prob *P, const char *fname) {
  struct call c = {P, NULL, fname};
  return guarded(run_write_mps, &c);
}

static int forward_text(void *info, const char *text) {
  (void)info;
  if (current_sink.func == NULL) return 0;
  current_sink.func(current_sink.info, text, glp_at_error());
  return 1;
}

cglpk_sink cglpk_swap_sink(cglpk_sink sink) {
  cglpk_sink previous = current_sink;
  current_sink = sink;
  glp_term_hook(sink.func != NULL ? forward_text : NULL, NULL);
  return previous;
}
