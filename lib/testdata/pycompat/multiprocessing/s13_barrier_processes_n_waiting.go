package main

import (
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func party(b *multiprocessing.Barrier, q *multiprocessing.Queue) {
	i, _ := b.Wait()
	q.Put(i)
}

func main() {
	multiprocessing.Main(party)
	b := multiprocessing.NewBarrier(3)
	q := multiprocessing.NewQueue()
	fmt.Println("parties", b.Parties(), "waiting", b.NWaiting(), "broken", pyBool(b.Broken()))
	var ps []*multiprocessing.Process
	for range 2 {
		ps = append(ps, &multiprocessing.Process{Target: party, Args: []any{b, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	for b.NWaiting() < 2 {
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println("waiting", b.NWaiting())
	mine, _ := b.WaitTimeout(10 * time.Second)
	idx := []int{mine, q.Get().(int), q.Get().(int)}
	sort.Ints(idx)
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("indices [%d, %d, %d] waiting %d broken %s [%v, %v]\n", idx[0], idx[1], idx[2], b.NWaiting(), pyBool(b.Broken()), ps[0].ExitCode(), ps[1].ExitCode())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
