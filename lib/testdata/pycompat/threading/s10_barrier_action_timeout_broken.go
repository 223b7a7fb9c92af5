package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var calls []string
	b := &threading.Barrier{Parties: 2, Action: func() { calls = append(calls, "'action'") }, Timeout: 20 * time.Millisecond}
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("broken", pyBool(b.Broken()), b.NWaiting())
	}
	fmt.Println(calls)
	b.Reset()
	var res []int
	var mu threading.Lock
	t := &threading.Thread{Target: func() {
		i, _ := b.Wait()
		mu.Acquire()
		res = append(res, i)
		mu.Release()
	}}
	t.Start()
	i, _ := b.WaitTimeout(5 * time.Second)
	mu.Acquire()
	res = append(res, i)
	mu.Release()
	t.Join()
	sort.Ints(res)
	fmt.Printf("[%d, %d] [%s] %s\n", res[0], res[1], calls[0], pyBool(b.Broken()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
