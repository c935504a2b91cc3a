/**
 * Running logged transactions on a real server over JDBC: client threads, session connections,
 * prepared statements, counts by SQLSTATE, latencies, Citus's own routing counters.
 */
package shardplan.replay.run;
