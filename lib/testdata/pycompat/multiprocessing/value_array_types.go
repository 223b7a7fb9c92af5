package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(arr *multiprocessing.Array, total *multiprocessing.Value) {
	for i := 0; i < arr.Len(); i++ {
		arr.Set(i, arr.Get(i).(int)*2)
	}
	total.Acquire()
	s := 0
	for _, x := range arr.Slice() {
		s += x.(int)
	}
	total.Set(float64(s))
	total.Release()
}

func pyFloat(v any) string {
	s := fmt.Sprint(v)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func showInts(xs []any) string {
	var ss []string
	for _, x := range xs {
		ss = append(ss, fmt.Sprint(x))
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func showFloats(xs []any) string {
	var ss []string
	for _, x := range xs {
		ss = append(ss, pyFloat(x))
	}
	return "[" + strings.Join(ss, ", ") + "]"
}

func main() {
	multiprocessing.Main(double)
	arr := multiprocessing.NewArray("i", []int{1, 2, 3, 4})
	total := multiprocessing.NewValue("d", 0.0)
	zeros := multiprocessing.NewArray("d", 3)
	fmt.Println(showInts(arr.Slice()), arr.Len(), showFloats(zeros.Slice()), pyFloat(total.Get()))
	p := &multiprocessing.Process{Target: double, Args: []any{arr, total}}
	p.Start()
	p.Join()
	fmt.Println(showInts(arr.Slice()), pyFloat(total.Get()), arr.Get(2))
	v := multiprocessing.NewValue("i", 7)
	v.Set(v.Get().(int) + 1)
	fmt.Println(v.Get())
}
