//go:build linux

package corpus

import "syscall"

// readStat reads the regular file at path (at most limit bytes) into
// the scanner's buffer for the index, with four system calls: open,
// fstat (its size, that it is a regular file, and its modification
// time), read and close; none of the os package's bookkeeping of a file
// (os.Open also offers each file to the poller, one more call, refused
// for a regular file). ok is false when the file could not be read this
// way (an error, not a regular file, more than limit bytes, a file that
// grew): read must say what is wrong.
func (s *scanner) readStat(path string, limit int64) (data []byte, mtime int64, ok bool) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	for err == syscall.EINTR {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return nil, 0, false
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Size > limit {
		return nil, 0, false
	}
	size := int(st.Size)
	if cap(s.buf) < size+1 {
		s.buf = make([]byte, 0, max(size+1, 64<<10))
	}
	buf := s.buf[:size+1]
	n := 0
	for n < size {
		k, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, 0, false
		}
		if k == 0 {
			break
		}
		n += k
	}
	if n > size {
		return nil, 0, false // it grew since its size was taken
	}
	return buf[:n], st.Mtim.Sec*1e9 + st.Mtim.Nsec, true
}
