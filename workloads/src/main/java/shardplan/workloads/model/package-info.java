/**
 * Values that leave the module: statement templates with their counted facts, generated
 * transactions, and the ground truth of {@code expected.json}.
 */
package shardplan.workloads.model;
