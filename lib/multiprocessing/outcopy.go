package multiprocessing

import (
	"io"
	"os"
	"sync/atomic"
	"time"
)

// outCopy copies a child's output from a pipe to a writer, and can wait
// until what the child wrote so far has been copied: a Pool delivers a
// result only after the output the worker printed before answering, so
// that a cell shows them in the order they happened.
type outCopy struct {
	r        *os.File
	inflight atomic.Bool
	done     chan struct{}
}

// newOutCopy returns the write end to give the child and starts copying
// from the read end to w.
func newOutCopy(w io.Writer) (*outCopy, *os.File, error) {
	r, wf, err := os.Pipe()
	if err != nil {
		return nil, nil, err
	}
	c := &outCopy{r: r, done: make(chan struct{})}
	go func() {
		defer close(c.done)
		defer r.Close()
		buf := make([]byte, 32<<10)
		for {
			n, err := r.Read(buf)
			if n > 0 {
				c.inflight.Store(true)
				w.Write(buf[:n])
				c.inflight.Store(false)
			}
			if err != nil {
				return
			}
		}
	}()
	return c, wf, nil
}

// drain waits (briefly) until the pipe is empty and nothing is being
// written.
func (c *outCopy) drain() {
	for i := 0; i < 400; i++ {
		if !c.inflight.Load() && pipeBuffered(c.r) == 0 && !c.inflight.Load() {
			return
		}
		select {
		case <-c.done:
			return
		case <-time.After(50 * time.Microsecond):
		}
	}
}
