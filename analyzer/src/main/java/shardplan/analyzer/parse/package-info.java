/**
 * Parsing a template once (JSqlParser, kept inside this package) into the facts the profile
 * needs and the access plans that bind every later execution's values to row keys without
 * parsing again.
 */
package shardplan.analyzer.parse;
