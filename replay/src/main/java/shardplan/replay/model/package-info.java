/** What a replay or a bench measured: immutable records, no I/O. */
package shardplan.replay.model;
