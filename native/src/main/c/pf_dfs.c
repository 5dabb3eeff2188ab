/*
 * Depth-first search in pre-order with an explicit stack of (vertex, next edge): the native twin
 * of Dfs.java, trying out-edges in order and then (undirected) in-edges, and not entering a
 * neighbour deeper than max_depth. Serial: DFS order is inherently sequential.
 */
#include <stdlib.h>
#include "pf_kernels.h"

#define CHECK_INTERVAL (1 << 16)

int pf_dfs(const pf_csr *out, const pf_csr *in, int32_t start, int32_t max_depth, pf_cancel_flag *cancel,
           int32_t *discovery, int32_t *depth, int32_t *parent, int32_t *order, int32_t *visited_count) {
    int32_t n = out->n;
    const int undirected = in->offsets != NULL;
    for (int32_t v = 0; v < n; v++) {
        discovery[v] = -1;
        depth[v] = -1;
        parent[v] = -1;
    }
    /* stack[k]: the vertex at tree depth k on the current branch; cursor[k]: where its scan resumes,
     * an out-edge position p as p, an in-edge position q as ~q (negative). At most n deep. */
    int32_t *stack = malloc(2 * (size_t) (n > 0 ? n : 1) * sizeof(int32_t));
    if (stack == NULL) {
        return PF_NO_MEMORY;
    }
    int32_t *cursor = stack + n;
    discovery[start] = 0;
    depth[start] = 0;
    order[0] = start;
    int32_t visited = 1;
    int32_t top = -1;
    if (max_depth != 0) {
        top = 0;
        stack[0] = start;
        cursor[0] = out->offsets[start];
    }
    int64_t work = 0;
    while (top >= 0) {
        int32_t u = stack[top];
        int32_t c = cursor[top];
        int32_t found = -1;
        if (c >= 0) {
            int32_t end = out->offsets[u + 1];
            int32_t begin = c;
            while (c < end) {
                int32_t v = out->targets[c++];
                if (discovery[v] < 0) {
                    found = v;
                    break;
                }
            }
            work += c - begin;
            if (found < 0 && undirected) {
                c = ~in->offsets[u];
            }
        }
        if (found < 0 && c < 0) {
            int32_t q = ~c;
            int32_t end = in->offsets[u + 1];
            int32_t begin = q;
            while (q < end) {
                int32_t v = in->targets[q++];
                if (discovery[v] < 0) {
                    found = v;
                    break;
                }
            }
            work += q - begin;
            c = ~q;
        }
        if (++work >= CHECK_INTERVAL) {
            if (pf_is_cancelled(cancel)) {
                free(stack);
                return PF_CANCELLED;
            }
            work = 0;
        }
        if (found < 0) {
            top--;
            continue;
        }
        cursor[top] = c;
        int32_t d = top + 1;
        discovery[found] = visited;
        depth[found] = d;
        parent[found] = u;
        order[visited++] = found;
        if (d != max_depth) { /* a vertex at the limit has no children to try */
            top = d;
            stack[d] = found;
            cursor[d] = out->offsets[found];
        }
    }
    free(stack);
    *visited_count = visited;
    return PF_OK;
}
