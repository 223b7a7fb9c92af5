package main

import (
	"fmt"
	"runtime"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(3, nil)
var arrived = threading.NewSemaphore(0)
var lock threading.Lock
var results []int

func w() {
	arrived.Release()
	i, _ := b.Wait()
	lock.Acquire()
	results = append(results, i)
	lock.Release()
}

func main() {
	fmt.Println(b.Parties, b.NWaiting(), pyBool(b.Broken()))
	var ts []*threading.Thread
	for i := 0; i < 2; i++ {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	arrived.Acquire()
	arrived.Acquire()
	for b.NWaiting() < 2 {
		runtime.Gosched()
	}
	fmt.Println(b.NWaiting())
	i, _ := b.Wait()
	for _, t := range ts {
		t.Join()
	}
	results = append(results, i)
	sort.Ints(results)
	fmt.Printf("[%d, %d, %d] %d %s\n", results[0], results[1], results[2], b.NWaiting(), pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
