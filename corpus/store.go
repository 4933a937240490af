package corpus

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/wirediff/wirediff/article"
)

// An Index holds the signatures of the documents of a collection in a
// file, so that a search looks them up instead of reading every file,
// and reads only its candidates.
//
// The file is a bbolt database (one writer, many readers, each change a
// transaction that a crash either keeps whole or loses whole). Its
// buckets:
//
//	meta    "format" → FormatVersion, "signatures" → SignatureVersion
//	        (4-byte big-endian each), "docs" → number of live documents,
//	        "bytes" → their total size (8-byte big-endian)
//	docs    document id (4-byte BE) → size (uvarint), modification time
//	        (uvarint, Unix nanoseconds), path
//	paths   path → document id
//	dead    document id → nothing: documents replaced by a later add
//	segs    segment id (4-byte BE) → first document id, documents (4-byte BE each)
//	chunks  segment id (4-byte BE) + first hash (4-byte BE) → a chunk
//
// Documents are written in segments of at most SegmentDocs documents, one
// transaction each. A segment's postings are the pairs (hash, document)
// of its documents' signatures, the hash being the low 32 bits of the
// Signature (its kind in the two lowest), sorted and cut into chunks of
// about ChunkEntries pairs, never splitting a run of one hash. A chunk is
// uvarint(count) and, per pair, uvarint(hash − previous hash, the first
// relative to the key's hash) and the document's number within the
// segment (2 bytes, little-endian); decodeChunk reads it.
type Index struct {
	db   *bolt.DB
	path string
	info IndexInfo
}

// FormatVersion is the version of the index file's layout; an index of
// another version is refused with a hint to rebuild it.
const FormatVersion = 1

// Limits of the layout.
const (
	SegmentDocs  = 1 << 16 // documents per segment: their numbers fit 2 bytes
	ChunkEntries = 512     // postings per chunk, about 2 KB
	// segmentEntries bounds the postings a build holds in memory before
	// it writes a segment (8 bytes each).
	segmentEntries = 8 << 20
)

var (
	bucketMeta   = []byte("meta")
	bucketDocs   = []byte("docs")
	bucketPaths  = []byte("paths")
	bucketDead   = []byte("dead")
	bucketSegs   = []byte("segs")
	bucketChunks = []byte("chunks")
)

// IndexInfo describes an index.
type IndexInfo struct {
	Docs     int   // live documents
	Bytes    int64 // their total size when indexed
	Segments int
}

// writeMmap is the address space a writer maps from the start (not the
// file's size): bbolt maps the file again whenever it outgrows the
// mapping, and each new mapping copies every page the transaction holds,
// a tenth of a build's time with the file growing 1 MB at a time.
const writeMmap = 1 << 30

// lockWait is how long opening an index waits for another process that
// writes it.
var lockWait = 2 * time.Second

// ErrIndexBusy is returned (wrapped) when another process holds the index
// for writing.
var ErrIndexBusy = errors.New("the index is being written by another wirediff (index build or add); try again when it is done")

// OpenIndex opens the index at path for searching. It fails with a
// message naming the file when there is none, when it is not a wirediff
// index, when another version of wirediff wrote it, or when a writer
// holds it longer than a couple of seconds.
func OpenIndex(path string) (*Index, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("index %s: %w (build one with: wirediff index build DIR -i %s)", path, plainErr(err), path)
	}
	return openIndex(path, true)
}

func openIndex(path string, readOnly bool) (*Index, error) {
	o := &bolt.Options{ReadOnly: readOnly, Timeout: lockWait}
	if !readOnly {
		o.InitialMmapSize = writeMmap
	}
	db, err := bolt.Open(path, 0o644, o)
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("index %s: %w", path, ErrIndexBusy)
		}
		if !indexFile(path) {
			return nil, fmt.Errorf("index %s is not a wirediff index (give -i the file wirediff index build wrote)", path)
		}
		return nil, fmt.Errorf("index %s is not a wirediff index, or is damaged (%v); rebuild it with: wirediff index build --rebuild DIR -i %s", path, err, path)
	}
	ix := &Index{db: db, path: path}
	if err := db.View(ix.readMeta); err != nil {
		db.Close()
		return nil, err
	}
	return ix, nil
}

// readMeta checks the versions and loads the counts.
func (ix *Index) readMeta(tx *bolt.Tx) error {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return fmt.Errorf("index %s is not a wirediff index (no meta bucket); rebuild it with: wirediff index build --rebuild DIR -i %s", ix.path, ix.path)
	}
	format, sigs := getU32(meta, "format"), getU32(meta, "signatures")
	if format != FormatVersion || sigs != SignatureVersion {
		return fmt.Errorf("index %s has format %d with signatures %d; this wirediff reads format %d with signatures %d: rebuild it with: wirediff index build --rebuild DIR -i %s",
			ix.path, format, sigs, FormatVersion, SignatureVersion, ix.path)
	}
	ix.info = IndexInfo{Docs: int(getU64(meta, "docs")), Bytes: int64(getU64(meta, "bytes"))}
	if b := tx.Bucket(bucketSegs); b != nil {
		ix.info.Segments = b.Stats().KeyN
	}
	return nil
}

// Info returns what the index holds.
func (ix *Index) Info() IndexInfo { return ix.info }

// Path returns the index's file.
func (ix *Index) Path() string { return ix.path }

// Close closes the index file.
func (ix *Index) Close() error { return ix.db.Close() }

func getU32(b *bolt.Bucket, k string) uint32 {
	v := b.Get([]byte(k))
	if len(v) != 4 {
		return 0
	}
	return binary.BigEndian.Uint32(v)
}

func getU64(b *bolt.Bucket, k string) uint64 {
	v := b.Get([]byte(k))
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func u32(x uint32) []byte { return binary.BigEndian.AppendUint32(nil, x) }
func u64(x uint64) []byte { return binary.BigEndian.AppendUint64(nil, x) }

// BuildOptions tune Build and Add.
type BuildOptions struct {
	// Workers is the number of files read at once; 0 means twice
	// GOMAXPROCS.
	Workers int
	// Load bounds the size of a file (Load.MaxSize).
	Load article.LoadOptions
	// Progress, when not nil, counts the files read.
	Progress *Progress
}

// BuildResult says what a build or add did.
type BuildResult struct {
	Files    int   // files read, skipped ones included
	Bytes    int64 // their total size
	Added    int   // documents added
	Replaced int   // of them, documents already in the index under the same path
	Problems []Problem
}

// Build writes a new index of the files under roots to path. It writes
// to a temporary file next to path and renames it over path once every
// document is in, so that an interrupted build leaves whatever was at
// path (an older index, or nothing) as it was. A file already at path is
// replaced only when rebuild is true.
//
// Cost: one read of every file, the signatures of its text (O(N) for N
// bytes), and per segment a sort of its postings; memory: at most
// segmentEntries postings (64 MB) and one file per worker.
func Build(ctx context.Context, path string, roots []string, rebuild bool, opts BuildOptions) (*BuildResult, error) {
	if st, err := os.Stat(path); err == nil {
		switch {
		case st.IsDir():
			return nil, fmt.Errorf("index %s is a folder: give -i the name of the index file, e.g. -i %s", path, filepath.Join(path, "wirediff.index"))
		case !rebuild:
			return nil, fmt.Errorf("index %s already exists: use wirediff index add to add files to it, or --rebuild to build it anew", path)
		case !indexFile(path):
			return nil, fmt.Errorf("index %s exists and is not a wirediff index: --rebuild replaces an index, not another file; give -i a new name (or remove the file first if it is a damaged index)", path)
		}
	}
	for _, r := range roots {
		if _, err := os.Stat(r); err != nil {
			return nil, fmt.Errorf("indexing %s: %w", r, plainErr(err))
		}
	}
	tmp := path + ".building"
	if err := os.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("index %s: removing the leftover of an earlier build: %w", path, err)
	}
	ix, err := createIndex(tmp)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	// The temporary file becomes the index only once complete: its
	// transactions need not reach the disk one by one, only all of them
	// before the rename.
	ix.db.NoSync = true
	res, err := ix.add(ctx, roots, opts)
	if err == nil {
		if serr := ix.db.Sync(); serr != nil {
			err = fmt.Errorf("index %s: %w", path, serr)
		}
	}
	if cerr := ix.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index %s: %w", path, cerr)
	}
	if err != nil {
		os.Remove(tmp)
		return nil, err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	return res, nil
}

// indexFile reports whether the file at path may be an index: empty, or
// starting as the key-value store does (its magic number after the first
// page's header). An article or a report is not, so that --rebuild and a
// hint to rebuild never replace one (wirediff index build --rebuild -i
// article.txt DIR).
func indexFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var head [20]byte
	n, _ := io.ReadFull(f, head[:])
	if n == 0 {
		return true
	}
	if n < len(head) {
		return false
	}
	magic := head[16:20]
	return binary.LittleEndian.Uint32(magic) == 0xED0CDAED || binary.BigEndian.Uint32(magic) == 0xED0CDAED
}

// createIndex creates an empty index file at path, failing if the file
// is held by another writer.
func createIndex(path string) (*Index, error) {
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: lockWait, NoFreelistSync: true, InitialMmapSize: writeMmap})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, ErrIndexBusy
		}
		return nil, err
	}
	// Grow the file 1 MB at a time rather than bbolt's 16 MB, so that a
	// small index is not mostly room to grow.
	db.AllocSize = 1 << 20
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketDocs, bucketPaths, bucketDead, bucketSegs, bucketChunks} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Put([]byte("format"), u32(FormatVersion)); err != nil {
			return err
		}
		return meta.Put([]byte("signatures"), u32(SignatureVersion))
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Index{db: db, path: path}, nil
}

// Add adds the files under roots (files or folders) to the index at path,
// creating it if there is none. A file already in the index under the
// same path replaces its older version. Each segment of documents is one
// transaction: an interrupted add leaves the index with the segments
// written before, consistent.
func Add(ctx context.Context, path string, roots []string, opts BuildOptions) (*BuildResult, error) {
	for _, r := range roots {
		if _, err := os.Stat(r); err != nil {
			return nil, fmt.Errorf("indexing %s: %w", r, plainErr(err))
		}
	}
	var ix *Index
	var err error
	if _, serr := os.Stat(path); serr != nil {
		ix, err = createIndex(path)
		if err != nil {
			err = fmt.Errorf("index %s: %w", path, err)
		}
	} else {
		ix, err = openIndex(path, false)
	}
	if err != nil {
		return nil, err
	}
	res, err := ix.add(ctx, roots, opts)
	if cerr := ix.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("index %s: %w", path, cerr)
	}
	return res, err
}

// indexedDoc is one document read for the index.
type indexedDoc struct {
	path  string
	size  int64
	mtime int64
	sigs  []Signature
}

// add reads the files under roots in parallel and writes them in
// segments.
func (ix *Index) add(ctx context.Context, roots []string, opts BuildOptions) (*BuildResult, error) {
	res := &BuildResult{}
	workers := Options{Workers: opts.Workers}.workers()
	paths := make(chan string, 64)
	docs := make(chan indexedDoc, 64)
	var mu sync.Mutex
	problem := func(p Problem) {
		mu.Lock()
		res.Problems = append(res.Problems, p)
		mu.Unlock()
		if opts.Progress != nil {
			opts.Progress.Problems.Add(1)
		}
	}
	cwd, cwdErr := os.Getwd()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s scanner
			for path := range paths {
				n, sigs, mtime, err := s.scanRaw(path, opts.Load.MaxSize)
				if opts.Progress != nil {
					opts.Progress.Files.Add(1)
					opts.Progress.Bytes.Add(n)
				}
				mu.Lock()
				res.Files++
				res.Bytes += n
				mu.Unlock()
				if err != nil {
					problem(Problem{Path: path, Err: err})
					continue
				}
				// filepath.Abs, without asking the system for the
				// working folder every time.
				abs := path
				if !filepath.IsAbs(path) && cwdErr == nil {
					abs = filepath.Join(cwd, path)
				}
				if mtime == 0 { // read by the slow path
					if info, err := os.Stat(path); err == nil {
						mtime = info.ModTime().UnixNano()
					}
				}
				sigs = slices.Clone(sigs)
				slices.Sort(sigs)
				docs <- indexedDoc{path: abs, size: n, mtime: mtime, sigs: slices.Compact(sigs)}
			}
		}()
	}
	walkErr := make(chan error, 1)
	go func() {
		walkErr <- walk(ctx, roots, nil, paths, problem)
		close(paths)
		wg.Wait()
		close(docs)
	}()
	w := segmentWriter{ix: ix}
	var werr error
	for d := range docs {
		if werr != nil {
			continue // drain
		}
		werr = w.addDoc(d)
	}
	if werr == nil {
		werr = w.flush()
	}
	if err := <-walkErr; err != nil {
		return nil, err
	}
	if werr != nil {
		return nil, fmt.Errorf("index %s: %w", ix.path, werr)
	}
	res.Added, res.Replaced = w.added, w.replaced
	slices.SortFunc(res.Problems, func(a, b Problem) int {
		switch {
		case a.Path < b.Path:
			return -1
		case a.Path > b.Path:
			return 1
		}
		return 0
	})
	return res, nil
}

// segmentWriter gathers documents into a segment and writes it.
type segmentWriter struct {
	ix       *Index
	docs     []indexedDoc // of the segment, signatures dropped
	postings []uint64     // hash << 32 | number in the segment
	spare    []uint64     // room for sortPostings
	added    int
	replaced int
}

func (w *segmentWriter) addDoc(d indexedDoc) error {
	local := uint64(len(w.docs))
	for _, s := range d.sigs {
		w.postings = append(w.postings, uint64(uint32(s))<<32|local)
	}
	d.sigs = nil
	w.docs = append(w.docs, d)
	if len(w.docs) == SegmentDocs || len(w.postings) >= segmentEntries {
		return w.flush()
	}
	return nil
}

// flush writes the segment gathered, in one transaction.
func (w *segmentWriter) flush() error {
	if len(w.docs) == 0 {
		return nil
	}
	w.spare = sortPostings(w.postings, w.spare)
	err := w.ix.db.Update(func(tx *bolt.Tx) error {
		meta, docsB, pathsB, dead := tx.Bucket(bucketMeta), tx.Bucket(bucketDocs), tx.Bucket(bucketPaths), tx.Bucket(bucketDead)
		segs, chunks := tx.Bucket(bucketSegs), tx.Bucket(bucketChunks)
		// Keys are written in ascending order (ids and segments grow;
		// paths are sorted below), so full pages cost nothing: bbolt's
		// default of half-full pages would double the size of the
		// documents' records.
		docsB.FillPercent, pathsB.FillPercent, chunks.FillPercent, segs.FillPercent = 1, 1, 1, 1
		first, err := docsB.NextSequence()
		if err != nil {
			return err
		}
		first-- // sequences start at 1; ids at 0
		if err := docsB.SetSequence(first + uint64(len(w.docs))); err != nil {
			return err
		}
		live, bytes := getU64(meta, "docs"), getU64(meta, "bytes")
		for i, d := range w.docs {
			id := u32(uint32(first) + uint32(i))
			if old := pathsB.Get([]byte(d.path)); old != nil {
				if err := dead.Put(old, nil); err != nil {
					return err
				}
				if v := docsB.Get(old); v != nil {
					if size, n := binary.Uvarint(v); n > 0 {
						bytes -= size
					}
				}
				live--
				w.replaced++
			}
			v := binary.AppendUvarint(nil, uint64(d.size))
			v = binary.AppendUvarint(v, uint64(d.mtime))
			v = append(v, d.path...)
			if err := docsB.Put(id, v); err != nil {
				return err
			}
			live++
			bytes += uint64(d.size)
		}
		// The walk gives the paths nearly sorted; sorted, they fill the
		// pages of the paths bucket one after the other.
		order := make([]int, len(w.docs))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return strings.Compare(w.docs[a].path, w.docs[b].path) })
		for _, i := range order {
			if err := pathsB.Put([]byte(w.docs[i].path), u32(uint32(first)+uint32(i))); err != nil {
				return err
			}
		}
		seg, err := segs.NextSequence()
		if err != nil {
			return err
		}
		if err := segs.Put(u32(uint32(seg)), append(u32(uint32(first)), u32(uint32(len(w.docs)))...)); err != nil {
			return err
		}
		for p := 0; p < len(w.postings); {
			end := min(p+ChunkEntries, len(w.postings))
			for end < len(w.postings) && w.postings[end]>>32 == w.postings[end-1]>>32 {
				end++ // never split a run of one hash
			}
			key := append(u32(uint32(seg)), u32(uint32(w.postings[p]>>32))...)
			if err := chunks.Put(key, encodeChunk(w.postings[p:end])); err != nil {
				return err
			}
			p = end
		}
		if err := meta.Put([]byte("docs"), u64(live)); err != nil {
			return err
		}
		return meta.Put([]byte("bytes"), u64(bytes))
	})
	w.added += len(w.docs)
	w.docs, w.postings = w.docs[:0], w.postings[:0]
	return err
}

// sortPostings sorts postings (hash << 32 | number in the segment) that
// were appended in the order of the documents' numbers, and returns the
// buffer it used, for the next call. It is a radix sort of the hashes,
// least significant 16 bits first, stable, so that the numbers of one
// hash stay in their order: O(n) where slices.Sort takes O(n log n), and
// the segment's sort was a quarter of a build.
func sortPostings(p, spare []uint64) []uint64 {
	if len(p) < 1024 {
		slices.Sort(p)
		return spare
	}
	if cap(spare) < len(p) {
		spare = make([]uint64, len(p))
	}
	src, dst := p, spare[:len(p)]
	for shift := uint(32); shift < 64; shift += 16 {
		var count [1 << 16]int
		for _, x := range src {
			count[x>>shift&0xffff]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, x := range src {
			d := x >> shift & 0xffff
			dst[count[d]] = x
			count[d]++
		}
		src, dst = dst, src
	}
	// Two passes: the sorted postings are back in p.
	return spare
}

// encodeChunk encodes sorted postings (hash << 32 | number) as a chunk
// (see Index).
func encodeChunk(p []uint64) []byte {
	out := make([]byte, 0, 4*len(p)+4)
	out = binary.AppendUvarint(out, uint64(len(p)))
	prev := p[0] >> 32
	for _, x := range p {
		out = binary.AppendUvarint(out, x>>32-prev)
		prev = x >> 32
		out = binary.LittleEndian.AppendUint16(out, uint16(x))
	}
	return out
}

// errChunk is the error for a chunk that does not decode.
var errChunk = errors.New("damaged postings chunk")

// decodeChunk calls fn for each posting of chunk data whose key's hash is
// first, in order, and stops early when fn returns false. It fails,
// without panicking, on data that is not a chunk.
func decodeChunk(data []byte, first uint32, fn func(hash uint32, doc uint16) bool) error {
	n, k := binary.Uvarint(data)
	if k <= 0 || n == 0 || n > uint64(len(data)) {
		return errChunk
	}
	data = data[k:]
	h := uint64(first)
	for range n {
		d, k := binary.Uvarint(data)
		if k <= 0 || len(data) < k+2 {
			return errChunk
		}
		if d > 0xffffffff-h {
			return errChunk // past the 32 bits of a hash (or wrapping)
		}
		h += d
		doc := binary.LittleEndian.Uint16(data[k:])
		data = data[k+2:]
		if !fn(uint32(h), doc) {
			return nil
		}
	}
	if len(data) != 0 {
		return errChunk
	}
	return nil
}
