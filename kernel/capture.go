package kernel

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// Capture redirects the process's file descriptors 1 and 2 into pipes and
// hands what arrives there to a router, so that everything a cell writes —
// interpreted code, compiled library code, child processes that inherit the
// descriptors — reaches the notebook. The original descriptors are kept for
// the kernel's own logs and for Go's crash output.
type Capture struct {
	// Stdout and Stderr are the process's original standard output and
	// error, duplicated before the redirect.
	Stdout, Stderr *os.File

	readers [2]*captureReader
}

// StartCapture redirects fds 1 and 2. route is called for every chunk read
// from a pipe with the stream name ("stdout" or "stderr") and returns where
// it goes.
func StartCapture(route func(stream string) io.Writer) (*Capture, error) {
	c := &Capture{}
	for i, fd := range []int{1, 2} {
		orig, err := unix.Dup(fd)
		if err != nil {
			return nil, fmt.Errorf("capture: dup fd %d: %w", fd, err)
		}
		unix.CloseOnExec(orig)
		name := "stdout"
		if fd == 2 {
			name = "stderr"
		}
		f := os.NewFile(uintptr(orig), "real-"+name)
		if fd == 1 {
			c.Stdout = f
		} else {
			c.Stderr = f
		}
		r, w, err := os.Pipe()
		if err != nil {
			return nil, fmt.Errorf("capture: pipe: %w", err)
		}
		if err := unix.Dup2(int(w.Fd()), fd); err != nil {
			return nil, fmt.Errorf("capture: redirect fd %d: %w", fd, err)
		}
		w.Close()
		cr := &captureReader{name: name, r: r, fd: fd, route: route, synced: map[uint64]chan struct{}{}, rfd: -1}
		if rc, err := r.SyscallConn(); err == nil {
			_ = rc.Control(func(fd uintptr) { cr.rfd = int(fd) })
		}
		c.readers[i] = cr
		go cr.loop()
	}
	// A crash of the kernel itself must still be readable by a person.
	_ = debug.SetCrashOutput(c.Stderr, debug.CrashOptions{})
	return c, nil
}

// Sync waits (at most a second) until everything written to fds 1 and 2
// before the call has been handed to the router, so that a cell's output is
// published before its reply.
func (c *Capture) Sync() {
	if c == nil {
		return
	}
	// Mostly nothing is on its way (a cell that printed with fmt wrote
	// to its scope, not to the descriptors): no goroutines then.
	var waits []*captureReader
	for _, cr := range c.readers {
		if !cr.drained() {
			waits = append(waits, cr)
		}
	}
	var wg sync.WaitGroup
	for _, cr := range waits {
		wg.Add(1)
		go func() { defer wg.Done(); cr.sync() }()
	}
	wg.Wait()
}

const syncPrefix = "\x00GONOTES_SYNC_"

type captureReader struct {
	name  string
	r     *os.File
	fd    int
	route func(stream string) io.Writer

	mu     sync.Mutex
	next   uint64
	synced map[uint64]chan struct{}

	// handling is held from a read of the pipe until what was read has
	// been handed to the router, so that drained can tell "nothing in
	// flight" without a marker's round trip through the pipe.
	handling sync.Mutex
	rfd      int // the pipe's read end (not via r.Fd, which makes it blocking)
}

// drained reports whether everything written to the pipe so far has been
// handed to the router: no read is being handled and the pipe is empty.
// Every read happens with handling held, so once it is acquired no byte
// read earlier is still on its way, and what the pipe still holds is
// counted by FIONREAD.
func (cr *captureReader) drained() bool {
	cr.handling.Lock()
	defer cr.handling.Unlock()
	n, err := pipeBytes(cr.rfd)
	return err == nil && n == 0
}

// sync waits until a marker written to the pipe now has come through, so
// that everything written before it has been handed to the router (Sync
// calls it only for a reader not drained).
func (cr *captureReader) sync() {
	cr.mu.Lock()
	cr.next++
	n := cr.next
	ch := make(chan struct{})
	cr.synced[n] = ch
	cr.mu.Unlock()
	marker := syncPrefix + strconv.FormatUint(n, 10) + "\x00"
	if _, err := unix.Write(cr.fd, []byte(marker)); err != nil {
		return
	}
	select {
	case <-ch:
	case <-time.After(time.Second):
	}
	cr.mu.Lock()
	delete(cr.synced, n)
	cr.mu.Unlock()
}

func (cr *captureReader) loop() {
	buf := make([]byte, 64<<10)
	var held []byte
	rc, err := cr.r.SyscallConn()
	if err != nil {
		return
	}
	for {
		// Read with handling held (taken inside the callback, once the
		// pipe is readable, and released after routing) so that drained
		// sees either the bytes in the pipe or a read in flight.
		var n int
		var rerr error
		err := rc.Read(func(fd uintptr) bool {
			cr.handling.Lock()
			n, rerr = unix.Read(int(fd), buf)
			if rerr == unix.EAGAIN {
				cr.handling.Unlock()
				return false
			}
			return true
		})
		if err != nil {
			// The callback did not run to a read (the file is closed).
			return
		}
		if n > 0 {
			data := append(held, buf[:n]...)
			held = nil
			var reached []chan struct{}
			data, held, reached = cr.takeMarkers(data)
			if len(data) > 0 {
				if w := cr.route(cr.name); w != nil {
					_, _ = w.Write(data)
				}
			}
			// A marker is reached once the text before it is routed.
			for _, ch := range reached {
				close(ch)
			}
		}
		cr.handling.Unlock()
		if rerr != nil || n == 0 {
			return
		}
	}
}

// takeMarkers removes sync markers from data and returns the remaining
// text, a tail to hold back when data ends inside a marker, and the
// channels of the markers found, to close once the text is routed.
func (cr *captureReader) takeMarkers(data []byte) (out, held []byte, reached []chan struct{}) {
	for {
		i := bytes.Index(data, []byte(syncPrefix))
		if i < 0 {
			// Hold back a possible start of a marker at the very end.
			for k := min(len(syncPrefix)-1, len(data)); k > 0; k-- {
				if bytes.HasSuffix(data, []byte(syncPrefix[:k])) {
					return append(out, data[:len(data)-k]...), append([]byte(nil), data[len(data)-k:]...), reached
				}
			}
			return append(out, data...), nil, reached
		}
		out = append(out, data[:i]...)
		rest := data[i+len(syncPrefix):]
		end := bytes.IndexByte(rest, 0)
		if end < 0 {
			return out, append([]byte(nil), data[i:]...), reached
		}
		if n, err := strconv.ParseUint(string(rest[:end]), 10, 64); err == nil {
			cr.mu.Lock()
			if ch, ok := cr.synced[n]; ok {
				reached = append(reached, ch)
				delete(cr.synced, n)
			}
			cr.mu.Unlock()
		}
		data = rest[end+1:]
	}
}
