package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(arr *multiprocessing.Array, start, stop int, factor float64) {
	for i := start; i < stop; i++ {
		arr.Set(i, float64(i)*factor)
	}
}

func f(x any) string {
	v := x.(float64)
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

func main() {
	multiprocessing.Main(fill)
	arr := multiprocessing.NewArray("d", 8)
	ps := []*multiprocessing.Process{
		{Target: fill, Args: []any{arr, 0, 4, 0.5}},
		{Target: fill, Args: []any{arr, 4, 8, 1.5}},
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	var s []string
	sum := 0.0
	for _, x := range arr.Slice() {
		s = append(s, f(x))
		sum += x.(float64)
	}
	fmt.Println("["+strings.Join(s, ", ")+"]", f(sum), arr.Len())
	fmt.Println(f(arr.Get(-1)), f(arr.Get(0)))
}
