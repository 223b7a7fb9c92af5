package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func bump(v *multiprocessing.Value, arr *multiprocessing.Array, n int) {
	for range n {
		v.Acquire()
		v.Set(v.Get().(int) + 1)
		v.Release()
		arr.Acquire()
		arr.Set(0, arr.Get(0).(float64)+1)
		arr.Set(1, arr.Get(1).(float64)-0.5)
		arr.Release()
	}
}

func pyf(x any) string {
	f := x.(float64)
	if f == float64(int64(f)) {
		return fmt.Sprintf("%.1f", f)
	}
	return fmt.Sprint(f)
}

func main() {
	multiprocessing.Main(bump)
	v := multiprocessing.NewValue("i", 0)
	arr := multiprocessing.NewArray("d", []float64{0, 100, 7})
	var ps []*multiprocessing.Process
	for range 3 {
		ps = append(ps, &multiprocessing.Process{Target: bump, Args: []any{v, arr, 50}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("%v [%s, %s, %s] %d\n", v.Get(), pyf(arr.Get(0)), pyf(arr.Get(1)), pyf(arr.Get(2)), arr.Len())
	arr.Set(2, 1.25)
	fmt.Printf("%s [%s, %s]\n", pyf(arr.Get(arr.Len()-1)), pyf(arr.Get(1)), pyf(arr.Get(2)))
}
