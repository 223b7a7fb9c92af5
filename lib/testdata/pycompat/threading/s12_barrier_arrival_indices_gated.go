package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(3, nil)
	got := map[string]int{}
	var mu threading.Lock
	arrived := threading.NewSemaphore(0)
	w := func(name string) {
		arrived.Release()
		i, _ := b.Wait()
		mu.Acquire()
		got[name] = i
		mu.Release()
	}
	t1 := &threading.Thread{Target: func() { w("first") }}
	t1.Start()
	arrived.Acquire()
	for b.NWaiting() < 1 {
		runtime.Gosched()
	}
	t2 := &threading.Thread{Target: func() { w("second") }}
	t2.Start()
	arrived.Acquire()
	for b.NWaiting() < 2 {
		runtime.Gosched()
	}
	fmt.Println("waiting:", b.NWaiting())
	i, _ := b.Wait()
	mu.Acquire()
	got["main"] = i
	mu.Release()
	t1.Join()
	t2.Join()
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("('%s', %d)", k, got[k]))
	}
	fmt.Println("["+strings.Join(parts, ", ")+"]", b.NWaiting())
}
