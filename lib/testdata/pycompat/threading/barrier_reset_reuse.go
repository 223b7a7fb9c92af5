package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/threading"
)

var b = threading.NewBarrier(2, nil)
var res []int
var mu threading.Lock

func w() {
	i, _ := b.Wait()
	mu.Acquire()
	res = append(res, i)
	mu.Release()
}

func main() {
	b.Abort()
	fmt.Println("broken:", pyBool(b.Broken()))
	b.Reset()
	fmt.Println("broken after reset:", pyBool(b.Broken()))
	t := &threading.Thread{Target: w}
	t.Start()
	i, _ := b.Wait()
	mu.Acquire()
	res = append(res, i)
	mu.Release()
	t.Join()
	sort.Ints(res)
	fmt.Printf("[%d, %d] %s %d\n", res[0], res[1], pyBool(b.Broken()), b.NWaiting())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
