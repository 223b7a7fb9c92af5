package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func doubleAll(arr *multiprocessing.Array) {
	arr.GetLock().Acquire()
	defer arr.GetLock().Release()
	for i := range arr.Len() {
		arr.Set(i, arr.Get(i).(int)*2)
	}
}

func list(xs []any) string { return strings.ReplaceAll(fmt.Sprint(xs), " ", ", ") }

func main() {
	multiprocessing.Main(doubleAll)
	var init []int
	for i := range 10 {
		init = append(init, i)
	}
	arr := multiprocessing.NewArray("i", init)
	var ps []*multiprocessing.Process
	for range 3 {
		ps = append(ps, &multiprocessing.Process{Target: doubleAll, Args: []any{arr}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	all := arr.Slice()
	sum := 0
	for _, x := range all {
		sum += x.(int)
	}
	fmt.Println(list(all), sum, arr.Len(), arr.Get(arr.Len()-1), list(all[2:5]))
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		arr.Get(10)
	}()
}
