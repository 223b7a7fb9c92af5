package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := &threading.Barrier{Parties: 2, Timeout: 300 * time.Millisecond}
	if _, err := b.Wait(); err != nil {
		fmt.Println("default timeout broke it:", map[bool]string{true: "True", false: "False"}[b.Broken()])
	}
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
	i, _ := b.WaitTimeout(30 * time.Second)
	mu.Acquire()
	res = append(res, i)
	mu.Release()
	t.Join()
	sort.Ints(res)
	fmt.Println("two parties pass, indices:", strings.ReplaceAll(fmt.Sprint(res), " ", ", "), "broken:", map[bool]string{true: "True", false: "False"}[b.Broken()])
}
