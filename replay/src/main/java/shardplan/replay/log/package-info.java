/**
 * Logged sessions as replayable transactions: the analyzer's log events (statements with their
 * bound parameters, logged errors) grouped per session into the units a client runs whole.
 */
package shardplan.replay.log;
