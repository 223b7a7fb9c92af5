package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func square_into(results *multiprocessing.ListProxy, i int) {
	results.Append(i * i)
}

func main() {
	multiprocessing.Main(square_into)
	manager := multiprocessing.NewManager()
	results := manager.List()
	var ps []*multiprocessing.Process
	for i := 0; i < 5; i++ {
		ps = append(ps, &multiprocessing.Process{Target: square_into, Args: []any{results, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var vals []int
	for _, v := range results.Copy() {
		vals = append(vals, v.(int))
	}
	sort.Ints(vals)
	fmt.Println(pyList(vals), results.Len())
	fmt.Println(vals[0], vals[len(vals)-1], pyList(vals[1:3]))
	manager.Shutdown()
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
