/**
 * Statement normalisation: literals and parameters become {@code $n} slots with their values kept
 * apart, so that every execution of the same statement shape maps to one template, parsed once.
 * A hand-written single-pass lexer, because it runs on every logged statement.
 */
package shardplan.analyzer.normalize;
