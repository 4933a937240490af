// Package reuse is the archive-wide reuse search of wirediff as an Apache
// Beam pipeline: which documents of a collection reuse which, and how,
// across more documents than one machine holds.
//
// The pipeline has these stages, each a Beam transform, so that any Beam
// runner (the in-process prism runner, Flink, Spark, Dataflow) can spread
// them over workers:
//
//  1. Read: JSON lines with "id", "date", "source" and "text", or the
//     files of a folder tree (id: the path under the folder; source: its
//     first folder). A line or file that cannot be read goes to the dead
//     letter output with the reason; it never stops the run.
//  2. Sign: each document is parsed into the article model
//     (article.Parse) and hashed into its candidate signatures, the same
//     ones the reuse search of package corpus and its index use
//     (corpus.Signatures: sampled verbatim runs, pairs of content words
//     and, with MaxDFWords, content words).
//  3. Group by signature: the documents sharing each signature. A
//     signature held by more than MaxDF documents is boilerplate (a
//     byline, a standard disclaimer) and says nothing about who copied
//     whom: it is dropped, and counted.
//  4. Candidate pairs: every pair of documents in a group, each pair once
//     (ids in order), summed over the groups into the evidence of the
//     pair: how many signatures of each kind it shares. Pairs whose
//     evidence passes none of search's candidate floors are dropped
//     before the costly step; optionally so are pairs where neither side
//     is from a wire source, or whose two sides have the same date.
//  5. Join: each candidate pair is joined with the text of both of its
//     documents (a co-group by document id, then a group by pair).
//  6. Compare: report.Compare, the same comparison and editorial checks as
//     `wirediff BASE OTHER`, with the earlier document as BASE (then the
//     wire source, then the smaller id). Pairs where either side carries
//     at least MinReused of the other are kept.
//  7. Write: one JSON line per kept pair (Record), one per document that
//     has reuse (Summary), and the dead letters, each output sorted, so
//     that the same input gives the same bytes whatever the runner and the
//     number of workers.
//
// Counters (Beam metrics, namespace "wirediff") count documents read,
// dead letters, signatures, boilerplate signatures dropped, candidate
// pairs, pairs compared and pairs kept; runners show them while the job
// runs, and the command prints them at the end.
package reuse
