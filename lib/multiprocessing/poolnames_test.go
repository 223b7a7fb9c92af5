package multiprocessing_test

import (
	"strconv"
	"strings"
	"testing"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

// threadNumber returns the N of the next default thread name, Thread-N.
func threadNumber(t *testing.T) int {
	t.Helper()
	name := (&threading.Thread{}).GetName()
	n, err := strconv.Atoi(strings.TrimPrefix(name, "Thread-"))
	if err != nil {
		t.Fatalf("thread name %q", name)
	}
	return n
}

// A Pool takes the Thread-N numbers of CPython's three handler threads when
// NewPool makes it (a literal when first used); a Pool(0), which Python
// refuses before starting them, takes none. Expected values from python3:
// Thread(target=f).name after Pool(1) is Thread-(N+4) where the previous
// thread was Thread-N.
func TestPoolTakesHandlerThreadNumbers(t *testing.T) {
	n := threadNumber(t)
	p := mp.NewPool(1)
	if got := threadNumber(t); got != n+4 {
		t.Errorf("after NewPool: Thread-%d, want Thread-%d", got, n+4)
	}
	if _, err := p.Map(square, []int{2}); err != nil {
		t.Fatal(err)
	}
	p.Terminate()
	n = threadNumber(t)
	lit := &mp.Pool{Processes: 1}
	if got := threadNumber(t); got != n+1 {
		t.Errorf("after a Pool literal: Thread-%d, want Thread-%d", got, n+1)
	}
	if _, err := lit.Map(square, []int{2}); err != nil {
		t.Fatal(err)
	}
	lit.Terminate()
	if got := threadNumber(t); got != n+5 {
		t.Errorf("after the literal's first use: Thread-%d, want Thread-%d", got, n+5)
	}
	n = threadNumber(t)
	bad := mp.NewPool(mp.ZeroProcesses)
	bad.Start()
	none := &mp.Pool{Processes: 1, HandlerThreads: -1}
	none.Start()
	none.Terminate()
	if got := threadNumber(t); got != n+1 {
		t.Errorf("after Pool(0) and HandlerThreads -1: Thread-%d, want Thread-%d", got, n+1)
	}
}
