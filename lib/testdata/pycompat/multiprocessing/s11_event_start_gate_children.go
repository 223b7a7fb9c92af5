package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func runner(gate *multiprocessing.Event, q *multiprocessing.Queue, i int) {
	gate.Wait()
	q.Put(i)
}

func main() {
	multiprocessing.Main(runner)
	gate := multiprocessing.NewEvent()
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: runner, Args: []any{gate, q, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	fmt.Println(pyBool(gate.IsSet()), pyBool(q.Empty()))
	gate.Set()
	var got []int
	for range ps {
		got = append(got, q.Get().(int))
	}
	sort.Ints(got)
	fmt.Println(pyList(got))
	var codes []any
	for _, p := range ps {
		p.Join()
		codes = append(codes, p.ExitCode())
	}
	fmt.Println(pyBool(gate.IsSet()), pyList(codes))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
