package multiprocessing

import (
	"sync"
	"time"
)

// waiter is a call blocked in an object (owner side).
type waiter struct {
	c   chan struct{} // one wake-up
	val []byte        // an item handed over, for queues
	st  byte          // the status handed over
	who ownerID
	n   int
}

func newWaiter(who ownerID) *waiter { return &waiter{c: make(chan struct{}, 1), who: who} }

// wake hands st (and val) to w. Call it with the object's mutex held,
// after removing w from its list.
func (w *waiter) wake(st byte, val []byte) {
	w.st, w.val = st, val
	w.c <- struct{}{}
}

// waitList is a FIFO of waiters; the object's mutex guards it.
type waitList []*waiter

func (l *waitList) push(w *waiter) { *l = append(*l, w) }

func (l *waitList) pop() *waiter {
	if len(*l) == 0 {
		return nil
	}
	w := (*l)[0]
	(*l)[0] = nil
	*l = (*l)[1:]
	return w
}

func (l *waitList) remove(w *waiter) bool {
	for i, x := range *l {
		if x == w {
			copy((*l)[i:], (*l)[i+1:])
			(*l)[len(*l)-1] = nil
			*l = (*l)[:len(*l)-1]
			return true
		}
	}
	return false
}

// Results of park.
const (
	woken = iota
	canceled
	timedOut
)

// park waits for w, listed in l, to be woken. It is called with mu held
// and returns with mu held. A timeout < 0 waits forever. A waiter that
// gives up but finds it was already woken counts as woken.
func park(mu *sync.Mutex, l *waitList, w *waiter, ctx *callCtx, timeout time.Duration) int {
	mu.Unlock()
	var tc <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		tc = t.C
	}
	res := woken
	select {
	case <-w.c:
		mu.Lock()
		return woken
	case <-ctx.cancel:
		res = canceled
	case <-tc:
		res = timedOut
	}
	mu.Lock()
	if l.remove(w) {
		return res
	}
	<-w.c
	return woken
}

// timeout arguments: -1 blocks forever, 0 does not block.
func readTimeout(r *rbuf) time.Duration { return time.Duration(r.varint()) }

func timeoutArg(w *wbuf, d time.Duration) {
	if d < 0 {
		d = -1
	}
	w.varint(int64(d))
}
