/*
 * A shared pool of helper threads for the kernels' data-parallel loops, with the semantics of
 * KernelPool.java rather than OpenMP's fork-join: the caller works on the chunks too, chunks are
 * claimed dynamically, and the caller waits only for chunks that were claimed, never for a helper
 * that has not started. On a machine shared with other work (two cores, several builds) a helper
 * that the OS does not schedule in time costs nothing, where an OpenMP barrier waits for every
 * thread of the team; and idle helpers sleep on a condition variable instead of spinning.
 * Plain pthreads, so the library depends on nothing beyond the C library.
 */
#include <pthread.h>
#include "pf_kernels.h"

#define MAX_HELPERS 255

typedef struct pf_job {
    pf_chunk_body body;
    void *context;
    int32_t chunks;
    int32_t next;           /* next chunk to claim (atomic) */
    int helpers_wanted;     /* helpers that may still join; guarded by lock */
    int active;             /* helpers working on it now; guarded by lock */
    struct pf_job *queued;  /* next job in the queue; guarded by lock */
} pf_job;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t work = PTHREAD_COND_INITIALIZER;  /* a job was queued */
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;  /* a helper left a job */
static pf_job *queue;
static int helper_count;

static void run_chunks(pf_job *job) {
    int32_t c;
    while ((c = __atomic_fetch_add(&job->next, 1, __ATOMIC_RELAXED)) < job->chunks) {
        job->body(job->context, c);
    }
}

static pf_job *wanted_job(void) {
    for (pf_job *job = queue; job != NULL; job = job->queued) {
        if (job->helpers_wanted > 0) {
            return job;
        }
    }
    return NULL;
}

static void *helper_main(void *unused) {
    pthread_mutex_lock(&lock);
    for (;;) {
        pf_job *job = wanted_job();
        if (job == NULL) {
            pthread_cond_wait(&work, &lock);
            continue;
        }
        job->helpers_wanted--;
        job->active++;
        pthread_mutex_unlock(&lock);
        run_chunks(job);
        pthread_mutex_lock(&lock);
        if (--job->active == 0) {
            pthread_cond_broadcast(&done);
        }
    }
    return NULL;
}

/* Starts helpers until there are `wanted`; fewer if the system refuses threads. Under lock. */
static int ensure_helpers(int wanted) {
    while (helper_count < wanted) {
        pthread_t thread;
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
        int failed = pthread_create(&thread, &attributes, helper_main, NULL);
        pthread_attr_destroy(&attributes);
        if (failed) {
            break;
        }
        helper_count++;
    }
    return helper_count < wanted ? helper_count : wanted;
}

static void unqueue(pf_job *job) {
    for (pf_job **link = &queue; *link != NULL; link = &(*link)->queued) {
        if (*link == job) {
            *link = job->queued;
            return;
        }
    }
}

void pf_parallel_for(int threads, int32_t chunks, pf_chunk_body body, void *context) {
    int helpers = threads - 1 < chunks - 1 ? threads - 1 : chunks - 1;
    if (helpers > MAX_HELPERS) {
        helpers = MAX_HELPERS;
    }
    if (helpers <= 0) {
        for (int32_t c = 0; c < chunks; c++) {
            body(context, c);
        }
        return;
    }
    pf_job job = {body, context, chunks, 0, 0, 0, NULL};
    pthread_mutex_lock(&lock);
    job.helpers_wanted = ensure_helpers(helpers);
    job.queued = queue;
    queue = &job;
    pthread_cond_broadcast(&work);
    pthread_mutex_unlock(&lock);
    run_chunks(&job);
    /* Every chunk is claimed now. Those not run here are run by active helpers: wait for them only. */
    pthread_mutex_lock(&lock);
    unqueue(&job);
    while (job.active > 0) {
        pthread_cond_wait(&done, &lock);
    }
    pthread_mutex_unlock(&lock);
}
