package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(4, nil)
var idx []int
var lock threading.Lock

func w() {
	i, _ := b.Wait()
	lock.Acquire()
	idx = append(idx, i)
	lock.Release()
}

func main() {
	fmt.Println(b.Parties, b.NWaiting(), pyBool(b.Broken()))
	var ts []*threading.Thread
	for range 4 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(idx)
	fmt.Println(fmt.Sprintf("[%d, %d, %d, %d]", idx[0], idx[1], idx[2], idx[3]))
	fmt.Println(b.NWaiting(), pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
