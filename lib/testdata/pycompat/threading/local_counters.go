package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local
var totals []int
var lock threading.Lock

func count(n int) {
	data.Set("count", 0)
	for i := 0; i < n; i++ {
		data.Set("count", data.Get("count").(int)+1)
	}
	lock.Acquire()
	totals = append(totals, data.Get("count").(int))
	lock.Release()
}

func main() {
	var ts []*threading.Thread
	for _, n := range []int{100, 200, 300} {
		ts = append(ts, &threading.Thread{Target: func() { count(n) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(totals)
	_, has := data.Lookup("count")
	fmt.Printf("[%d, %d, %d] %s\n", totals[0], totals[1], totals[2], pyBool(has))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
