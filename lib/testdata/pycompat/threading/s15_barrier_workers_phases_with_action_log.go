package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	log     []string
	lock    threading.Lock
	phase   int
	results = map[int][]string{}
	b       = threading.NewBarrier(3, nextPhase)
)

func nextPhase() {
	phase++
	log = append(log, fmt.Sprintf("-- phase %d done", phase))
}

func worker(name string) {
	for step := 0; step < 2; step++ {
		lock.Acquire()
		results[step] = append(results[step], name)
		lock.Release()
		b.Wait()
	}
}

func main() {
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		ts = append(ts, &threading.Thread{Target: func() { worker(fmt.Sprintf("w%d", i)) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("['" + strings.Join(log, "', '") + "']")
	var parts []string
	for step := 0; step < 2; step++ {
		v := results[step]
		sort.Strings(v)
		parts = append(parts, fmt.Sprintf("%d: ['%s']", step, strings.Join(v, "', '")))
	}
	fmt.Println("{" + strings.Join(parts, ", ") + "}")
	fmt.Println(b.Parties, b.NWaiting(), map[bool]string{true: "True", false: "False"}[b.Broken()], phase)
}
