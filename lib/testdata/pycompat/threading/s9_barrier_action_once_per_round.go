package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var rounds []string
var b = threading.NewBarrier(3, func() { rounds = append(rounds, "'round'") })
var idx []int
var lock threading.Lock

func w() {
	for range 2 {
		i, _ := b.Wait()
		lock.Acquire()
		idx = append(idx, i)
		lock.Release()
	}
}

func main() {
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(idx)
	fmt.Printf("[%s, %s] %v\n", rounds[0], rounds[1], fmt.Sprintf("[%d, %d, %d, %d, %d, %d]", idx[0], idx[1], idx[2], idx[3], idx[4], idx[5]))
}
