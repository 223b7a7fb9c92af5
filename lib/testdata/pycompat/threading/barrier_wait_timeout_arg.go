package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(3, nil)
var out []int
var mu threading.Lock

func w() {
	i, _ := b.WaitTimeout(10 * time.Second)
	mu.Acquire()
	out = append(out, i)
	mu.Release()
}

func main() {
	fmt.Println(b.Parties, b.NWaiting(), pyBool(b.Broken()))
	if _, err := b.WaitTimeout(30 * time.Millisecond); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("BrokenBarrierError", b.NWaiting(), pyBool(b.Broken()))
	}
	b.Reset()
	var ts []*threading.Thread
	for range 3 {
		ts = append(ts, &threading.Thread{Target: w})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Ints(out)
	fmt.Printf("[%d, %d, %d] %s\n", out[0], out[1], out[2], pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
