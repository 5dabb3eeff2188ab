/** The regression gate: ratios of a quick run compared with a baseline recorded in the repository. */
package org.parquetframe.benchmarks.gate;
