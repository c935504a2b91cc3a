/**
 * Test-only: an independent resolution of statement columns to tables with Apache Calcite's validator, used
 * to cross-check the JSqlParser-based facts of {@code shardplan.analyzer.parse}. Calcite types stay
 * inside this package.
 */
package shardplan.analyzer.calcite;
