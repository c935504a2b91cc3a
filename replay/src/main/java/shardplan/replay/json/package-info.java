/** The replay and bench reports as JSON, text and Markdown. */
package shardplan.replay.json;
