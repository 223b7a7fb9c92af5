package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func grandchild(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	q.Put([]any{"grandchild", me.GetName(), multiprocessing.ParentProcess().GetName()})
}

func child(q *multiprocessing.Queue) {
	me := multiprocessing.CurrentProcess()
	q.Put([]any{"child", me.GetName(), multiprocessing.ParentProcess().GetName()})
	ps := []*multiprocessing.Process{{Target: grandchild, Args: []any{q}}, {Target: grandchild, Args: []any{q}}}
	names := []string{ps[0].GetName(), ps[1].GetName()}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	q.Put([]any{"child saw", names[0], names[1]})
}

func main() {
	multiprocessing.Main(grandchild, child)
	q := multiprocessing.NewQueue()
	p := &multiprocessing.Process{Target: child, Args: []any{q}}
	p.Start()
	p.Join()
	var got [][]any
	for i := 0; i < 4; i++ {
		got = append(got, q.Get().([]any))
	}
	sort.Slice(got, func(a, b int) bool {
		for k := 0; k < 3; k++ {
			if x, y := got[a][k].(string), got[b][k].(string); x != y {
				return x < y
			}
		}
		return false
	})
	for _, g := range got {
		fmt.Printf("('%s', '%s', '%s')\n", g[0], g[1], g[2])
	}
	fmt.Println(p.GetName(), p.ExitCode())
}
