/*
 * ParquetFrame native graph kernels: plain C over CSR arrays, no JNI (pf_jni.c is the only file
 * that knows Java). Each kernel computes exactly what its JVM twin in the kernels module computes,
 * in the same order of floating-point operations, so that both engines give the same answers.
 *
 * Parallel loops run on pf_pool.c's helper threads (pthreads; no OpenMP runtime needed).
 *
 * Conventions: vertex ids and edge positions are int32_t (the JVM's array limit); the caller
 * validated every array (pf_validate.c) before a kernel reads it; output arrays are written in
 * full; a kernel polls `cancel` (may be NULL) between iterations, levels or chunks of work and
 * returns PF_CANCELLED when it is non-zero.
 */
#ifndef PF_KERNELS_H
#define PF_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#define PF_OK 0
#define PF_CANCELLED 1
#define PF_NO_MEMORY 2
#define PF_NEEDS_IN_EDGES 3

/* The work of chunk `chunk` of a parallel loop; chunks of one loop may run concurrently. */
typedef void (*pf_chunk_body)(void *context, int32_t chunk);

/* Runs chunks 0..chunks-1 of a loop on up to `threads` threads, the caller included (pf_pool.c). */
void pf_parallel_for(int threads, int32_t chunks, pf_chunk_body body, void *context);

/* Loops over plain ranges: chunk c of `size` items covers [*from, *to) of [0, items). */
static inline int32_t pf_chunk_count(int64_t items, int64_t size) {
    return (int32_t) ((items + size - 1) / size);
}

static inline void pf_chunk_range(int32_t chunk, int64_t size, int64_t items, int64_t *from, int64_t *to) {
    *from = chunk * size;
    *to = *from + size < items ? *from + size : items;
}

/* One direction of a graph: the edges of v are targets[offsets[v] .. offsets[v+1]). */
typedef struct {
    const int32_t *offsets; /* n + 1 entries, or NULL when this direction is not given */
    const int32_t *targets; /* offsets[n] entries */
    const double *weights;  /* offsets[n] entries, or NULL when unweighted */
    int32_t n;
} pf_csr;

typedef const volatile int32_t pf_cancel_flag;

static inline int pf_is_cancelled(pf_cancel_flag *cancel) {
    return cancel != NULL && __atomic_load_n(cancel, __ATOMIC_RELAXED) != 0;
}

/* PageRank by pull over in-edges; see PageRank.java. x receives the normalised scores. */
int pf_pagerank(const pf_csr *in, const double *reciprocals, const int32_t *bounds, int32_t chunks,
                double damping, int32_t max_iterations, double tolerance, int threads,
                pf_cancel_flag *cancel, double *x, int32_t *iterations, int32_t *converged);

/* Breadth-first search; see Bfs.java. target < 0: no early stop. in->offsets may be NULL when
 * directed: then PF_NEEDS_IN_EDGES is returned if the search wants to go bottom-up. */
int pf_bfs(const pf_csr *out, const pf_csr *in, int32_t start, int32_t target, int directed,
           int32_t max_depth, int threads, int32_t alpha, int32_t beta, int32_t min_level_cost,
           pf_cancel_flag *cancel, int32_t *depth, int32_t *parent, int32_t *order, int32_t *reached);

/* Iterative depth-first search in pre-order; see Dfs.java. in->offsets is NULL when directed. */
int pf_dfs(const pf_csr *out, const pf_csr *in, int32_t start, int32_t max_depth, pf_cancel_flag *cancel,
           int32_t *discovery, int32_t *depth, int32_t *parent, int32_t *order, int32_t *visited);

/* Least total weights by delta-stepping; see DeltaStepping.java. in->offsets is NULL when directed.
 * ring_size is a power of two; target < 0: no early stop. */
int pf_delta_stepping(const pf_csr *out, const pf_csr *in, int32_t start, int32_t target, double delta,
                      int32_t ring_size, int threads, pf_cancel_flag *cancel, double *distance);

/* Weakly connected components labelled by smallest index; see ConnectedComponents.java. */
int pf_components(const pf_csr *out, const pf_csr *in, int threads, pf_cancel_flag *cancel, int32_t *label);

/* Checks that offsets/targets/weights form a CSR over n vertices; on failure writes a message. */
int pf_validate_csr(const char *name, const int32_t *offsets, int64_t offsets_length, const int32_t *targets,
                    int64_t targets_length, int64_t weights_length, int threads, char *message, size_t size);

#endif
