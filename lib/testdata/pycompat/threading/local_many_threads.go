package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local
var results = map[int]int{}
var lock threading.Lock
var gob = threading.NewBarrier(5, nil)

func w(i int) {
	data.Set("x", i)
	gob.Wait()
	data.Set("x", data.Get("x").(int)*10)
	lock.Acquire()
	results[i] = data.Get("x").(int)
	lock.Release()
}

func main() {
	data.Set("x", "main")
	var ts []*threading.Thread
	for i := range 5 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var keys []int
	for k := range results {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var s []string
	for _, k := range keys {
		s = append(s, fmt.Sprintf("(%d, %d)", k, results[k]))
	}
	fmt.Printf("[%s] %s\n", strings.Join(s, ", "), data.Get("x"))
}
