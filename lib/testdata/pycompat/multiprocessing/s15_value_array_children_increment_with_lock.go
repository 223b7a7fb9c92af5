package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(counter *multiprocessing.Value, arr *multiprocessing.Array, i int) {
	for k := 0; k < 100; k++ {
		counter.GetLock().Acquire()
		counter.Set(counter.Get().(int) + 1)
		counter.GetLock().Release()
	}
	arr.Set(i, i*i)
}

func main() {
	multiprocessing.Main(bump)
	counter := multiprocessing.NewValue("i", 0)
	arr := multiprocessing.NewArray("i", 4)
	var ps []*multiprocessing.Process
	for i := 0; i < 4; i++ {
		ps = append(ps, &multiprocessing.Process{Target: bump, Args: []any{counter, arr, i}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var vs []string
	sum := 0
	for i := 0; i < arr.Len(); i++ {
		vs = append(vs, fmt.Sprint(arr.Get(i)))
		sum += arr.Get(i).(int)
	}
	fmt.Println(counter.Get(), "["+strings.Join(vs, ", ")+"]", arr.Len(), sum)
	fmt.Println(counter)
}
