// The only place that knows about Graphviz version drift (see shared/GRAPHVIZ.md §4.4).
// Every function here has a stable const-char* / size_t* signature for Swift.
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// gvRenderData took `unsigned int *` up to 12.x and `size_t *` from 13.0.
/// GRAPHVIZ_VERSION_MAJOR exists only from 14; the agnew macro is gone from 13.
static inline int cgv_render_data(GVC_t *gvc, graph_t *g, const char *fmt, char **out, size_t *len) {
#if defined(GRAPHVIZ_VERSION_MAJOR) || !defined(agnew)
  return gvRenderData(gvc, g, fmt, out, len);
#else
  unsigned int n = 0;
  int rc = gvRenderData(gvc, g, fmt, out, &n);
  *len = n;
  return rc;
#endif
}

static inline GVC_t *cgv_context(void) { return gvContext(); }
static inline int cgv_free_context(GVC_t *gvc) { return gvFreeContext(gvc); }
static inline graph_t *cgv_read(const char *dot) { return agmemread(dot); }
static inline int cgv_close(graph_t *g) { return agclose(g); }
static inline int cgv_layout(GVC_t *gvc, graph_t *g, const char *engine) { return gvLayout(gvc, g, engine); }
static inline int cgv_free_layout(GVC_t *gvc, graph_t *g) { return gvFreeLayout(gvc, g); }
static inline void cgv_free_render_data(char *data) { gvFreeRenderData(data); }
static inline int cgv_reset_errors(void) { return agreseterrors(); }
static inline int cgv_errors(void) { return agerrors(); }
static inline int cgv_node_count(graph_t *g) { return agnnodes(g); }
static inline int cgv_edge_count(graph_t *g) { return agnedges(g); }

/// Installs an error/warning sink. The callback receives each message fragment.
static inline void cgv_set_error_sink(int (*sink)(char *)) { agseterrf(sink); }

/// Graph attribute value (or NULL when not set).
static inline const char *cgv_graph_attr(graph_t *g, const char *name) {
  char *v = agget(g, (char *)name);
  return v;
}

/// Node label of the first node whose name equals `name`, or NULL.
static inline const char *cgv_node_attr(graph_t *g, const char *node, const char *attr) {
  Agnode_t *n = agnode(g, (char *)node, 0);
  if (!n) return NULL;
  return agget(n, (char *)attr);
}

/// Iterates node names: returns the name of the i-th node (0-based), or NULL.
static inline const char *cgv_node_name_at(graph_t *g, int index) {
  int i = 0;
  for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n), i++)
    if (i == index) return agnameof(n);
  return NULL;
}

/// Plugin names of a kind ("layout", "device", "render"), newline-separated, caller frees.
static inline char *cgv_plugins(GVC_t *gvc, const char *kind) {
  int count = 0;
#if defined(GRAPHVIZ_VERSION_MAJOR) || !defined(agnew)
  char **list = gvPluginList(gvc, kind, &count);
#else
  char **list = gvPluginList(gvc, (char *)kind, &count, NULL);
#endif
  size_t total = 1;
  for (int i = 0; i < count; i++) total += strlen(list[i]) + 1;
  char *out = malloc(total);
  out[0] = 0;
  for (int i = 0; i < count; i++) {
    strcat(out, list[i]);
    strcat(out, "\n");
    free(list[i]);
  }
  free(list);
  return out;
}

/// Sets (declaring if needed) a graph attribute: agsafeset takes char* on 2.42, const char* later.
static inline int cgv_set_graph_attr(graph_t *g, const char *name, const char *value) {
  return agsafeset(g, (char *)name, (char *)value, (char *)"");
}

/// The laid-out bounding box in points (GD_bb; the "bb" attribute is only attached by
/// renderers that write attributes back).
static inline void cgv_bounding_box(graph_t *g, double *width, double *height) {
  boxf bb = GD_bb(g);
  *width = bb.UR.x - bb.LL.x;
  *height = bb.UR.y - bb.LL.y;
}

/// A wall-clock limit on layout and rendering. gvc.h has no cancellation API, so when the
/// limit passes the process writes one line to stderr and exits with status 1 (for a CLI
/// that renders once per process this is the clean outcome; the output file is untouched
/// because writes are atomic). 0 cancels the limit.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
static void cgv_on_timeout(int sig) {
  (void)sig;
  static const char msg[] = "relgraph: error: Graphviz layout exceeded the time limit (--timeout); try --engine sfdp, --top N or --focus\n";
  ssize_t r = write(2, msg, sizeof msg - 1);
  (void)r;
  _exit(1);
}
static inline void cgv_set_time_limit(unsigned int seconds) {
  // a parent may have started us with SIGALRM blocked (masks survive exec): unblock it on
  // this, the rendering thread, so the alarm is delivered here
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGALRM);
  if (seconds) pthread_sigmask(SIG_UNBLOCK, &set, NULL);
  signal(SIGALRM, seconds ? cgv_on_timeout : SIG_DFL);
  alarm(seconds);
}

static inline const char *cgv_version(GVC_t *gvc) { return gvcVersion(gvc); }
#endif
