package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(4, nil)
var out []string
var lock threading.Lock

func w(i int) {
	r := "passed"
	if _, err := b.Wait(); err != nil {
		r = "broken"
	}
	lock.Acquire()
	out = append(out, fmt.Sprintf("(%d, '%s')", i, r))
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for b.NWaiting() < 3 {
	}
	fmt.Println("waiting:", b.NWaiting())
	b.Abort()
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(out)
	fmt.Printf("[%s] %d\n", strings.Join(out, ", "), b.NWaiting())
}
