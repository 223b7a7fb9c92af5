package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	memo = map[int]int{}
	lock threading.RLock
)

func fib(n int) int {
	lock.Acquire()
	defer lock.Release()
	if r, ok := memo[n]; ok {
		return r
	}
	r := n
	if n >= 2 {
		r = fib(n-1) + fib(n-2)
	}
	memo[n] = r
	return r
}

func main() {
	out := map[int]int{}
	var mu threading.Lock
	var ts []*threading.Thread
	for _, k := range []int{10, 20, 30} {
		k := k
		ts = append(ts, &threading.Thread{Target: func() {
			v := fib(k)
			mu.Acquire()
			out[k] = v
			mu.Release()
		}})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	var keys []int
	for k := range out {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	var items []string
	for _, k := range keys {
		items = append(items, fmt.Sprintf("(%d, %d)", k, out[k]))
	}
	lock.Acquire()
	n := len(memo)
	lock.Release()
	fmt.Println("["+strings.Join(items, ", ")+"]", n)
}
