package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func runner(start *multiprocessing.Event, results *multiprocessing.Queue, i int) {
	start.Wait()
	results.Put(i * i)
}

func main() {
	multiprocessing.Main(runner)
	start := multiprocessing.NewEvent()
	results := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for i := range 4 {
		ps = append(ps, &multiprocessing.Process{Target: runner, Args: []any{start, results, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	fmt.Println(pyBool(results.Empty()), pyBool(start.IsSet()))
	start.Set()
	var got []int
	for range ps {
		got = append(got, results.Get().(int))
	}
	sort.Ints(got)
	var codes []any
	for _, p := range ps {
		p.Join()
		codes = append(codes, p.ExitCode())
	}
	fmt.Printf("[%d, %d, %d, %d] %s [%v, %v, %v, %v]\n", got[0], got[1], got[2], got[3], pyBool(start.IsSet()), codes[0], codes[1], codes[2], codes[3])
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
