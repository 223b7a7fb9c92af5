package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(3, nil)
var lock threading.Lock
var out []string

func patient() {
	if _, err := b.Wait(); err != nil {
		lock.Acquire()
		out = append(out, "patient broken")
		lock.Release()
	}
}

func main() {
	t := &threading.Thread{Target: patient}
	t.Start()
	for b.NWaiting() < 1 {
		runtime.Gosched()
	}
	if _, err := b.WaitTimeout(50 * time.Millisecond); err != nil {
		lock.Acquire()
		out = append(out, "timed out broken")
		lock.Release()
	}
	t.Join()
	sort.Strings(out)
	fmt.Printf("['%s', '%s'] %s\n", out[0], out[1], pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
