package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	results := map[int][]int{}
	var lock threading.Lock
	b := threading.NewBarrier(3, nil)
	worker := func(i int) {
		for phase := 0; phase < 3; phase++ {
			lock.Acquire()
			results[phase] = append(results[phase], i)
			lock.Release()
			b.Wait()
		}
	}
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var parts []string
	for k := 0; k < 3; k++ {
		sort.Ints(results[k])
		parts = append(parts, fmt.Sprintf("%d: %s", k, pyList(results[k])))
	}
	fmt.Println("{"+strings.Join(parts, ", ")+"}", b.NWaiting(), pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
