package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type Acquirer interface {
	AcquireTimeout(d time.Duration) bool
	Release()
}

type condLock struct{ c *threading.Condition }

func (l condLock) AcquireTimeout(d time.Duration) bool {
	l.c.Acquire()
	return true
}

func (l condLock) Release() { l.c.Release() }

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func use(name string, lock Acquirer) {
	got := lock.AcquireTimeout(50 * time.Millisecond)
	second := lock.AcquireTimeout(50 * time.Millisecond)
	lock.Release()
	if second {
		lock.Release()
	}
	fmt.Println(name, pb(got), pb(second))
}

func newLock() Acquirer { return &threading.Lock{} }

func newRLock() Acquirer { return &threading.RLock{} }

func main() {
	use("Lock", newLock())
	use("RLock", newRLock())
	use("Semaphore", threading.NewSemaphore(2))
	use("BoundedSemaphore", threading.NewBoundedSemaphore(1))
	use("Condition", condLock{threading.NewCondition(nil)})
}
