package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	pool := []string{"conn-a", "conn-b"}
	guard := threading.NewBoundedSemaphore(len(pool))
	var lock threading.Lock
	var used []bool
	start := threading.NewBarrier(5, nil)
	client := func() {
		start.Wait()
		guard.Acquire()
		defer guard.Release()
		lock.Acquire()
		conn := pool[len(pool)-1]
		pool = pool[:len(pool)-1]
		used = append(used, len(pool) >= 0)
		lock.Release()
		lock.Acquire()
		pool = append(pool, conn)
		lock.Release()
	}
	var ts []*threading.Thread
	for i := 0; i < 5; i++ {
		ts = append(ts, &threading.Thread{Target: client})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(pool)
	all := true
	for _, u := range used {
		all = all && u
	}
	fmt.Println("['"+strings.Join(pool, "', '")+"']", len(used), map[bool]string{true: "True", false: "False"}[all])
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		guard.Release()
	}()
}
