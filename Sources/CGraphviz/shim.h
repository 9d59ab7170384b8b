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
/// Reading DOT with IDs in declaration order.
///
/// cgraph keeps subgraphs (so the clusters in an SVG) ordered by object ID, and its default
/// ID discipline (AgIdDisc) makes a named object's ID the address of its interned name, so
/// that order followed the heap and changed from run to run although the layout did not.
/// This discipline numbers names itself: the n-th distinct name gets the even ID 2n and
/// unnamed objects odd IDs, both in the order the parser meets them, so the same DOT renders
/// to the same bytes with clusters in declaration order. Names live in a per-graph table
/// (a tsearch tree for lookup, an array for printing) freed when the graph is closed. (Had
/// the discipline declined names instead, cgraph 2.42 would have kept them in its internal
/// map, whose entries agclose never frees: about 1 KB lost per render.) The casts keep this
/// compiling where a release adds or drops a `const` in these signatures.
#include <search.h>

typedef struct { const char *data; size_t length, offset; } cgv_reader;
typedef struct { char *name; IDTYPE id; } cgv_name;
typedef struct { void *tree; cgv_name **names; size_t count, capacity; IDTYPE next_odd; } cgv_ids;

static int cgv_name_order(const void *a, const void *b) {
  return strcmp(((const cgv_name *)a)->name, ((const cgv_name *)b)->name);
}

static void *cgv_ids_open(Agraph_t *g, Agdisc_t *disc) {
  (void)g; (void)disc;
  cgv_ids *state = calloc(1, sizeof(cgv_ids));
  if (state) state->next_odd = 1;
  return state;
}

static long cgv_ids_map(void *state, int objtype, char *str, IDTYPE *id, int create) {
  (void)objtype;
  cgv_ids *s = state;
  if (!str) {
    *id = s->next_odd;
    s->next_odd += 2;
    return 1;
  }
  cgv_name key = { str, 0 };
  void *found = tfind(&key, &s->tree, cgv_name_order);
  if (found) {
    *id = (*(cgv_name **)found)->id;
    return 1;
  }
  if (!create) return 0;
  if (s->count == s->capacity) {
    size_t capacity = s->capacity ? 2 * s->capacity : 64;
    cgv_name **names = realloc(s->names, capacity * sizeof(cgv_name *));
    if (!names) return 0;
    s->names = names;
    s->capacity = capacity;
  }
  cgv_name *entry = malloc(sizeof(cgv_name));
  if (!entry || !(entry->name = strdup(str))) { free(entry); return 0; }
  entry->id = 2 * (IDTYPE)(s->count + 1);
  if (!tsearch(entry, &s->tree, cgv_name_order)) { free(entry->name); free(entry); return 0; }
  s->names[s->count++] = entry;
  *id = entry->id;
  return 1;
}

/// Only IDs this table handed out for a name may be requested explicitly.
static long cgv_ids_alloc(void *state, int objtype, IDTYPE id) {
  (void)objtype;
  const cgv_ids *s = state;
  return id % 2 == 0 && id >= 2 && id / 2 <= s->count;
}

/// Names stay in the table until the graph closes.
static void cgv_ids_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }

static char *cgv_ids_print(void *state, int objtype, IDTYPE id) {
  (void)objtype;
  const cgv_ids *s = state;
  if (id % 2 != 0 || id < 2 || id / 2 > s->count) return NULL;
  return s->names[id / 2 - 1]->name;
}

static void cgv_ids_close(void *state) {
  cgv_ids *s = state;
  if (!s) return;
  for (size_t i = 0; i < s->count; i++) {
    tdelete(s->names[i], &s->tree, cgv_name_order);
    free(s->names[i]->name);
    free(s->names[i]);
  }
  free(s->names);
  free(s);
}

static void cgv_ids_register(void *state, int objtype, void *object) { (void)state; (void)objtype; (void)object; }

/// Hands cgraph's scanner the text a line at a time (as agmemread does).
static int cgv_read_chunk(void *channel, char *buffer, int size) {
  cgv_reader *r = channel;
  if (size <= 0 || r->offset >= r->length) return 0;
  int n = 0;
  while (n < size && r->offset < r->length) {
    char c = r->data[r->offset++];
    buffer[n++] = c;
    if (c == '\n') break;
  }
  return n;
}

static inline graph_t *cgv_read(const char *dot) {
  // the graph keeps pointers to these for its whole life: static storage, filled once
  // (every call is serialised by the Swift side's lock)
  static Agiddisc_t ids;
  static Agiodisc_t io;
  static int ready = 0;
  if (!ready) {
    ids = AgIdDisc;
    ids.open = (__typeof__(ids.open))cgv_ids_open;
    ids.map = (__typeof__(ids.map))cgv_ids_map;
    ids.alloc = (__typeof__(ids.alloc))cgv_ids_alloc;
    ids.free = (__typeof__(ids.free))cgv_ids_free;
    ids.print = (__typeof__(ids.print))cgv_ids_print;
    ids.close = (__typeof__(ids.close))cgv_ids_close;
    ids.idregister = (__typeof__(ids.idregister))cgv_ids_register;
    io = AgIoDisc;
    io.afread = (__typeof__(io.afread))cgv_read_chunk;
    ready = 1;
  }
  cgv_reader reader = { dot, strlen(dot), 0 };
  Agdisc_t disc = { &AgMemDisc, &ids, &io };
  return agread(&reader, &disc);
}
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
