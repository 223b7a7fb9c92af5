package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(arr *multiprocessing.Array, start, stop, value int) {
	for i := start; i < stop; i++ {
		arr.Set(i, value*i)
	}
}

func list(xs []any) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	multiprocessing.Main(fill)
	arr := multiprocessing.NewArray("i", 12)
	var ps []*multiprocessing.Process
	for k := 0; k < 3; k++ {
		ps = append(ps, &multiprocessing.Process{Target: fill, Args: []any{arr, k * 4, k*4 + 4, k + 1}})
	}
	for _, p := range ps {
		p.Start()
	}
	for _, p := range ps {
		p.Join()
	}
	all := arr.Slice()
	fmt.Println(list(all))
	sum := 0
	for _, v := range all {
		sum += v.(int)
	}
	fmt.Println(arr.Len(), sum, arr.Get(arr.Len()-1), list(all[2:5]))
}
