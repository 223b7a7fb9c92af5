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
	return StartCaptureInto(route, nil, nil)
}

// StartCaptureInto is StartCapture with the pipe that fd 2 is redirected
// into given (its read end r and write end w) instead of made; nil makes
// one. A parent that keeps a copy of r can read, after this process died,
// what it could no longer read itself: Go writes a throw's line "fatal
// error: MSG" to fd 2 alone (debug.SetCrashOutput copies only what
// follows), and stops the reader's goroutine with the rest of the world.
func StartCaptureInto(route func(stream string) io.Writer, r, w *os.File) (*Capture, error) {
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
		r, w, err := r, w, error(nil)
		if fd == 1 || r == nil || w == nil {
			r, w, err = os.Pipe()
		} else {
			r, w, err = givenPipe(r, w)
		}
		if err != nil {
			return nil, fmt.Errorf("capture: pipe: %w", err)
		}
		// w.Fd() leaves the descriptor blocking, as writers expect (a
		// child process inheriting a non-blocking stdout fails with
		// EAGAIN when the pipe is full). A crashing runtime, which writes
		// its goroutine dump to fd 2 after it has stopped the goroutine
		// that reads the pipe, then blocks once the pipe is full: a
		// parent holding a copy of the read end drains it (RemoteEngine).
		if err := unix.Dup2(int(w.Fd()), fd); err != nil {
			return nil, fmt.Errorf("capture: redirect fd %d: %w", fd, err)
		}
		w.Close()
		cr := &captureReader{name: name, r: r, fd: fd, route: route, synced: map[uint64]chan struct{}{}, rfd: -1}
		if rc, err := r.SyscallConn(); err == nil {
			_ = rc.Control(func(fd uintptr) { cr.rfd = int(fd) })
		}
		if fd == 2 {
			cr.crashTee = c.Stderr
		}
		c.readers[i] = cr
		go cr.loop()
	}
	// A crash of the kernel itself must still be readable by a person.
	_ = debug.SetCrashOutput(c.Stderr, debug.CrashOptions{})
	return c, nil
}

// givenPipe readies a pipe that another process made for
// StartCaptureInto: the read end non-blocking and pollable, as os.Pipe
// makes it (an inherited descriptor is blocking, and os.NewFile made a
// file that does not use the poller); the write end stays as it is.
func givenPipe(r, w *os.File) (*os.File, *os.File, error) {
	rc, err := r.SyscallConn()
	if err != nil {
		return nil, nil, err
	}
	fd, derr := -1, error(nil)
	if err := rc.Control(func(from uintptr) { fd, derr = unix.Dup(int(from)) }); err != nil {
		return nil, nil, err
	}
	if derr != nil {
		return nil, nil, derr
	}
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return nil, nil, err
	}
	unix.CloseOnExec(fd)
	r.Close()
	return os.NewFile(uintptr(fd), "stderr-capture"), w, nil
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

	// crashTee, for fd 2, receives at once the lines "fatal error: ..."
	// read from the pipe: Go writes a throw's line to fd 2 alone, just
	// before it stops every goroutine (this reader too, which may have
	// read the line but not routed it yet) and dumps them to the crash
	// output, so a parent reading the real stderr learns the reason.
	crashTee  io.Writer
	fatalLine []byte // the start of a "fatal error: " line, until its end is read
}

var fatalPrefix = []byte("fatal error: ")

// teeFatal writes the lines of data that begin with "fatal error: " to
// cr.crashTee. Go writes such a line in pieces ("fatal error: ", the
// message, "\n"), and this reader may be stopped between them: the first
// piece is written at once, as a line of its own, and the whole line
// again once its end has been read.
func (cr *captureReader) teeFatal(data []byte) {
	if cr.crashTee == nil || (cr.fatalLine == nil && !bytes.Contains(data, fatalPrefix)) {
		return
	}
	for len(data) > 0 {
		if cr.fatalLine != nil {
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				cr.fatalLine = append(cr.fatalLine, data...)
				return
			}
			_, _ = cr.crashTee.Write(append(cr.fatalLine, data[:i+1]...))
			cr.fatalLine, data = nil, data[i+1:]
			continue
		}
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i+1], data[i+1:]
		} else {
			data = nil
		}
		if !bytes.HasPrefix(line, fatalPrefix) {
			continue
		}
		if bytes.HasSuffix(line, []byte("\n")) {
			_, _ = cr.crashTee.Write(line)
			continue
		}
		_, _ = cr.crashTee.Write(append(line[:len(line):len(line)], '\n'))
		cr.fatalLine = append([]byte(nil), line...)
	}
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
			cr.teeFatal(buf[:n])
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
