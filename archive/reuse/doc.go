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
//  3. Group by signature: the documents sharing each signature. Each
//     document sends its signatures in Config.Buckets groups, one element
//     per group holding its Ref (id, date, source; no text) and the
//     signatures that fall in it, so that the shuffle carries a few
//     elements per document rather than one per signature (runners pay
//     per element; the local one holds a stage's elements in memory). A
//     signature held by more than MaxDF documents is boilerplate (a
//     byline, a standard disclaimer) and says nothing about who copied
//     whom: it is dropped, and counted.
//  4. Candidate pairs: every pair of documents sharing a signature, its
//     evidence (how many signatures of each kind it shares) summed in
//     each group and sent to the pair's smaller id, then summed over the
//     groups there, so that the pairs are keyed by document, not by
//     pair. Pairs whose evidence passes none of search's candidate floors
//     (corpus.Evidence.Candidate) are dropped before the costly step,
//     each shared signature counting one if it is in at most
//     Config.CommonDF documents and CommonDF/df of one beyond (a
//     sentence that a few dozen unrelated documents share is weak
//     evidence; a story carried by CommonDF-1 outlets keeps the full
//     weight); optionally so are pairs where neither side is from a
//     wire source, or whose two sides have the same date.
//  5. Join: the texts come back only here, compressed (Packed). The
//     document of the smaller id is joined to its candidate pairs (a
//     co-group by id) and travels with each to the larger id, where a
//     second co-group brings the other text: each compared pair carries
//     one text through the shuffle.
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
