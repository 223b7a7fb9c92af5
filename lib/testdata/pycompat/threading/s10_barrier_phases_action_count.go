package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var phases []int
var b = threading.NewBarrier(3, func() { phases = append(phases, len(phases)) })
var lock threading.Lock
var log [][2]int

func worker(i int) {
	for phase := range 4 {
		lock.Acquire()
		log = append(log, [2]int{phase, i})
		lock.Release()
		b.Wait()
	}
}

func main() {
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { worker(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(phases), " ", ", "))
	var ps []int
	for _, l := range log {
		ps = append(ps, l[0])
	}
	fmt.Println(pyBool(sort.IntsAreSorted(ps)))
	fmt.Println(b.NWaiting(), pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
