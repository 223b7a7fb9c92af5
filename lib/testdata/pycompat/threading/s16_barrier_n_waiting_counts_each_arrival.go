package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(4, nil)
	var counts []int
	var ts []*threading.Thread
	for i := 0; i < 3; i++ {
		t := &threading.Thread{Target: func() { b.Wait() }}
		t.Start()
		ts = append(ts, t)
		for b.NWaiting() < i+1 {
		}
		counts = append(counts, b.NWaiting())
	}
	fmt.Println("waiting after each arrival:", strings.ReplaceAll(fmt.Sprint(counts), " ", ", "))
	i, _ := b.Wait()
	fmt.Println("index of the last:", i)
	for _, t := range ts {
		t.Join()
	}
	fmt.Println("after release:", b.NWaiting(), map[bool]string{true: "True", false: "False"}[b.Broken()], b.Parties)
}
