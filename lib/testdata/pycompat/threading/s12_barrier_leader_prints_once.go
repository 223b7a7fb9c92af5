package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(4, nil)
	var leaders []int
	var lock threading.Lock
	runner := func(i int) {
		for rnd := range 2 {
			if idx, _ := b.Wait(); idx == 0 {
				lock.Acquire()
				leaders = append(leaders, rnd)
				lock.Release()
			}
		}
	}
	var ts []*threading.Thread
	for i := range 4 {
		ts = append(ts, &threading.Thread{Target: func() { runner(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	broken := "False"
	if b.Broken() {
		broken = "True"
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(leaders), " ", ", "), b.Parties, b.NWaiting(), broken)
}
