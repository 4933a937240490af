//go:build unix

package corpus

import (
	"os"
	"slices"
	"syscall"
)

// readQuick reads the file at path into the scanner's buffer with three
// system calls and one more read: open, read until the end, close; no
// stat, and none of the os package's bookkeeping of a file. When skip is
// not nil, one fstat says whether the file is skip (same is true then,
// and nothing is read). ok is false when the file could not be read this
// way (an error, or more than limit bytes): read must say what is wrong.
func (s *scanner) readQuick(path string, limit int64, skip os.FileInfo) (data []byte, same, ok bool) {
	var want *syscall.Stat_t
	if skip != nil {
		if want, ok = skip.Sys().(*syscall.Stat_t); !ok {
			return nil, false, false
		}
	}
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	for err == syscall.EINTR {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return nil, false, false
	}
	defer syscall.Close(fd)
	if want != nil {
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) != nil {
			return nil, false, false
		}
		if st.Dev == want.Dev && st.Ino == want.Ino {
			return nil, true, true
		}
	}
	if cap(s.buf) < 64<<10 {
		s.buf = make([]byte, 64<<10)
	}
	buf := s.buf[:cap(s.buf)]
	n := 0
	for {
		if n == len(buf) {
			if int64(n) > limit {
				return nil, false, false // too large: read says so
			}
			size := int(min(2*int64(n), limit+1))
			buf = slices.Grow(buf, size-n)[:size] // what was read kept
			s.buf = buf
		}
		k, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, false, false
		}
		if k == 0 {
			break
		}
		n += k
	}
	if int64(n) > limit {
		return nil, false, false
	}
	return buf[:n], false, true
}
