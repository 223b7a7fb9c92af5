package main

import (
	"errors"
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func party(b *multiprocessing.Barrier, out *multiprocessing.Queue) {
	i, _ := b.Wait()
	out.Put(i)
}

func main() {
	multiprocessing.Main(party)
	b := multiprocessing.NewBarrier(3)
	out := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: party, Args: []any{b, out}})
	}
	for _, p := range ps {
		p.Start()
	}
	mine, _ := b.Wait()
	got := []int{mine, out.Get().(int), out.Get().(int)}
	for _, p := range ps {
		p.Join()
	}
	sort.Ints(got)
	fmt.Printf("[%d, %d, %d] %d %d %s\n", got[0], got[1], got[2], b.Parties(), b.NWaiting(), pyBool(b.Broken()))
	b.Abort()
	if _, err := b.Wait(); errors.Is(err, multiprocessing.ErrBrokenBarrier) {
		fmt.Println("BrokenBarrierError")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
