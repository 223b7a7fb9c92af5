package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(2, nil)
var out []int
var lock threading.Lock

func w() {
	i, _ := b.Wait()
	lock.Acquire()
	out = append(out, i)
	lock.Release()
}

func main() {
	b.Reset()
	var ts []*threading.Thread
	for range 2 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(out)
	fmt.Printf("[%d, %d] %s %d\n", out[0], out[1], pyBool(b.Broken()), b.NWaiting())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
