package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(2, nil)
	var slots, seen [2]int
	player := func(i, value int) {
		slots[i] = value
		b.WaitTimeout(30 * time.Second)
		seen[i] = slots[1-i]
		b.WaitTimeout(30 * time.Second)
		slots[i] = value * 10
		b.WaitTimeout(30 * time.Second)
	}
	var ts []*threading.Thread
	for i, v := range []int{3, 4} {
		ts = append(ts, &threading.Thread{Target: func() { player(i, v) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	fmt.Printf("[%d, %d] [%d, %d] %d %s\n", seen[0], seen[1], slots[0], slots[1], b.NWaiting(), map[bool]string{true: "True", false: "False"}[b.Broken()])
}
