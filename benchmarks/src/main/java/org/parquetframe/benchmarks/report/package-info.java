/**
 * Pieces every benchmark family shares: medians and ratios, JSON results, Markdown tables, log-log
 * PNG charts, peak memory and the machine's state. Nothing here knows what is being measured.
 */
package org.parquetframe.benchmarks.report;
