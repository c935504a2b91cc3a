/**
 * Values the report is given beside the advice and the profile: the schema changes the DDL makes,
 * figures computed from the transaction stream, and figures measured on a cluster.
 */
package shardplan.reports.model;
