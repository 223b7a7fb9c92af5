package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func deposit(balance *multiprocessing.Value, history *multiprocessing.Array, n int) {
	for i := 0; i < n; i++ {
		balance.Acquire()
		balance.Set(balance.Get().(int) + 10)
		balance.Release()
	}
	history.Acquire()
	for i := 0; i < history.Len(); i++ {
		history.Set(i, history.Get(i).(float64)+1)
	}
	history.Release()
}

func main() {
	multiprocessing.Main(deposit)
	balance := multiprocessing.NewValue("i", 100)
	history := multiprocessing.NewArray("d", []float64{0.5, 1.5, 2.5})
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: deposit, Args: []any{balance, history, 50}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Println(balance.Get(), pyList(history.Slice()), history.Len())
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
