package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func party(b *multiprocessing.Barrier, q *multiprocessing.Queue) {
	i, err := b.WaitTimeout(30 * time.Second)
	if err != nil {
		q.Put([]any{"broken", nil})
		return
	}
	q.Put([]any{"passed", i})
}

func main() {
	multiprocessing.Main(party)
	b := multiprocessing.NewBarrier(3)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: party, Args: []any{b, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	for b.NWaiting() < 2 {
	}
	b.Abort()
	var outs []string
	for range ps {
		r := q.Get().([]any)
		v := "None"
		if r[1] != nil {
			v = fmt.Sprint(r[1])
		}
		outs = append(outs, fmt.Sprintf("('%s', %s)", r[0], v))
	}
	sort.Strings(outs)
	py := map[bool]string{true: "True", false: "False"}
	fmt.Println("["+strings.Join(outs, ", ")+"]", py[b.Broken()], b.Parties())
	for _, p := range ps {
		p.Join()
	}
	b.Reset()
	fmt.Println("reset:", py[b.Broken()], b.NWaiting())
	ps = nil
	for i := 0; i < 2; i++ {
		ps = append(ps, &multiprocessing.Process{Target: party, Args: []any{b, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	mine, _ := b.WaitTimeout(30 * time.Second)
	got := []int{mine}
	for range ps {
		got = append(got, q.Get().([]any)[1].(int))
	}
	for _, p := range ps {
		p.Join()
	}
	sort.Ints(got)
	fmt.Println("indices:", strings.ReplaceAll(fmt.Sprint(got), " ", ", "))
}
