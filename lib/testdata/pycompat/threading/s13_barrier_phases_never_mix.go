package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(3, nil)
	var log [][2]int
	var lock threading.Lock
	worker := func(w int) {
		for phase := range 4 {
			lock.Acquire()
			log = append(log, [2]int{phase, w})
			lock.Release()
			b.Wait()
		}
	}
	var ts []*threading.Thread
	for w := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { worker(w) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var phases []int
	for _, e := range log {
		phases = append(phases, e[0])
	}
	ordered := sort.IntsAreSorted(phases)
	var groups []string
	for k := range 4 {
		var ws []int
		for _, e := range log {
			if e[0] == k {
				ws = append(ws, e[1])
			}
		}
		sort.Ints(ws)
		groups = append(groups, strings.ReplaceAll(fmt.Sprint(ws), " ", ", "))
	}
	fmt.Println(len(log), map[bool]string{true: "True", false: "False"}[ordered], "["+strings.Join(groups, ", ")+"]")
	fmt.Println("n_waiting", b.NWaiting(), "broken", map[bool]string{true: "True", false: "False"}[b.Broken()])
}
