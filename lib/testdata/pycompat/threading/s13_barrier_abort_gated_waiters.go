package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type result struct {
	i int
	r string
}

func main() {
	b := threading.NewBarrier(3, nil)
	var results []result
	var lock threading.Lock
	worker := func(i int) {
		r := "passed"
		if _, err := b.Wait(); err != nil {
			r = "broken"
		}
		lock.Acquire()
		results = append(results, result{i, r})
		lock.Release()
	}
	var ts []*threading.Thread
	for i := range 2 {
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for b.NWaiting() < 2 {
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("parties", b.Parties, "waiting", b.NWaiting(), "broken", pyBool(b.Broken()))
	b.Abort()
	for _, t := range ts {
		t.Join()
	}
	sort.Slice(results, func(a, c int) bool { return results[a].i < results[c].i })
	fmt.Print("[")
	for k, r := range results {
		if k > 0 {
			fmt.Print(", ")
		}
		fmt.Printf("(%d, '%s')", r.i, r.r)
	}
	fmt.Println("]")
	fmt.Println("after abort: waiting", b.NWaiting(), "broken", pyBool(b.Broken()))
	b.Reset()
	fmt.Println("after reset: waiting", b.NWaiting(), "broken", pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
