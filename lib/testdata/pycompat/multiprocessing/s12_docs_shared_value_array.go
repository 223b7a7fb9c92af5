package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func f(n *multiprocessing.Value, a *multiprocessing.Array) {
	n.Set(3.1415927)
	for i := range a.Len() {
		a.Set(i, -a.Get(i).(int))
	}
}

func main() {
	multiprocessing.Main(f)
	num := multiprocessing.NewValue("d", 0.0)
	arr := multiprocessing.NewArray("i", []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	p := &multiprocessing.Process{Target: f, Args: []any{num, arr}}
	p.Start()
	p.Join()
	fmt.Println(num.Get())
	fmt.Println(strings.ReplaceAll(fmt.Sprint(arr.Slice()), " ", ", "))
}
