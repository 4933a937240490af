package corpus

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/wirediff/wirediff/article"
)

// Search looks for reuse of query in the documents of the index: the
// first pass looks the query's signatures up in the index instead of
// reading the collection, and the second reads and compares only the
// candidates, as Search does. opts.Skip leaves out the query's own file
// when it is indexed.
//
// The result's Files and Bytes are the index's documents and their size
// when indexed. A candidate that was removed or changed since it was
// indexed is read as it is now, or reported as a Problem.
//
// Cost: per segment of the index, one B+tree seek and the decoding of one
// chunk (about ChunkEntries postings) per signature of the query (about
// 150 for a 3 KB article), more for the signatures of common words; then
// the comparisons. Memory: a counter per document of a segment (400 KB).
func (ix *Index) Search(ctx context.Context, query *article.Document, opts Options) (*Result, error) {
	q := newQuery(query)
	if !q.searchable() {
		return nil, tooShort(query)
	}
	res := newResult(query, opts)
	res.Index = ix.path
	res.Files, res.Bytes = ix.info.Docs, ix.info.Bytes
	cands := newTopK(res.MaxCompared)

	hs := make([]uint32, 0, len(q.sigs))
	for _, s := range q.sigs {
		hs = append(hs, uint32(s))
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)

	err := ix.db.View(func(tx *bolt.Tx) error {
		segs, chunks, docs, dead := tx.Bucket(bucketSegs), tx.Bucket(bucketChunks), tx.Bucket(bucketDocs), tx.Bucket(bucketDead)
		if segs == nil || chunks == nil || docs == nil || dead == nil {
			return fmt.Errorf("index %s is damaged: a bucket is missing; rebuild it with --rebuild", ix.path)
		}
		counts := make([]Evidence, SegmentDocs)
		var touched []uint16
		c := chunks.Cursor()
		return segs.ForEach(func(seg, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if len(seg) != 4 || len(v) != 8 {
				return fmt.Errorf("index %s is damaged: a bad segment record; rebuild it with --rebuild", ix.path)
			}
			first, n := binary.BigEndian.Uint32(v), binary.BigEndian.Uint32(v[4:])
			key := make([]byte, 8)
			copy(key, seg)
			for i := 0; i < len(hs); {
				binary.BigEndian.PutUint32(key[4:], hs[i])
				ck, cv := c.Seek(key)
				if ck == nil || !bytes.HasPrefix(ck, seg) || binary.BigEndian.Uint32(ck[4:]) > hs[i] {
					ck, cv = c.Prev()
				}
				if ck == nil || len(ck) != 8 || !bytes.HasPrefix(ck, seg) {
					i++
					continue
				}
				j, last := i, uint32(0)
				err := decodeChunk(cv, binary.BigEndian.Uint32(ck[4:]), func(h uint32, doc uint16) bool {
					last = h
					for j < len(hs) && hs[j] < h {
						j++
					}
					if j == len(hs) {
						return false
					}
					if hs[j] == h && uint32(doc) < n {
						e := &counts[doc]
						if *e == (Evidence{}) {
							touched = append(touched, doc)
						}
						e[Kind(h&3)]++
					}
					return true
				})
				if err != nil {
					return fmt.Errorf("index %s: %w; rebuild it with --rebuild", ix.path, err)
				}
				next, _ := slices.BinarySearch(hs, last+1)
				if last == ^uint32(0) {
					next = len(hs)
				}
				i = max(i+1, next)
			}
			slices.Sort(touched)
			for _, local := range touched {
				e := counts[local]
				counts[local] = Evidence{}
				if !q.candidate(e) {
					continue
				}
				id := u32(first + uint32(local))
				if dead.Get(id) != nil {
					continue
				}
				path, ok := docPath(docs.Get(id))
				if !ok {
					return fmt.Errorf("index %s is damaged: document %d has no record; rebuild it with --rebuild", ix.path, first+uint32(local))
				}
				if opts.Skip != nil {
					if info, err := os.Stat(path); err == nil && os.SameFile(info, opts.Skip) {
						continue
					}
				}
				res.Candidates++
				cands.offer(candidate{path: path, covered: q.estimate(e), evidence: e})
			}
			touched = touched[:0]
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	if err := compareAll(ctx, res, cands.sorted(), opts); err != nil {
		return nil, err
	}
	return res, nil
}

// docPath returns the path of a document's record (see Index).
func docPath(v []byte) (string, bool) {
	for range 2 { // size, modification time
		_, k := binary.Uvarint(v)
		if k <= 0 {
			return "", false
		}
		v = v[k:]
	}
	if len(v) == 0 {
		return "", false
	}
	return string(v), true
}
