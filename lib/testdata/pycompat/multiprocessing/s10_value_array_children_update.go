package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func scale(arr *multiprocessing.Array, factor float64, total *multiprocessing.Value) {
	sum := 0.0
	for i := range arr.Len() {
		arr.Set(i, arr.Get(i).(float64)*factor)
		sum += arr.Get(i).(float64)
	}
	total.GetLock().Acquire()
	total.Set(total.Get().(float64) + sum)
	total.GetLock().Release()
}

func floats(xs []any) string {
	var s []string
	for _, x := range xs {
		f := x.(float64)
		if f == float64(int64(f)) {
			s = append(s, fmt.Sprintf("%.1f", f))
		} else {
			s = append(s, fmt.Sprint(f))
		}
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(scale)
	arr := multiprocessing.NewArray("d", []float64{1.0, 2.5, 4.0})
	total := multiprocessing.NewValue("d", 0.0)
	p := &multiprocessing.Process{Target: scale, Args: []any{arr, 2.0, total}}
	p.Start()
	p.Join()
	fmt.Println(floats(arr.Slice()), fmt.Sprintf("%.1f", total.Get()), arr.Len())
	ints := multiprocessing.NewArray("i", 4)
	sl := ints.Slice()
	fmt.Println(strings.ReplaceAll(fmt.Sprint(sl), " ", ", "), strings.ReplaceAll(fmt.Sprint(sl[1:3]), " ", ", "))
	ints.Set(0, 7)
	ints.Set(1, 8)
	ints.Set(2, 9)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(ints.Slice()), " ", ", "))
}
