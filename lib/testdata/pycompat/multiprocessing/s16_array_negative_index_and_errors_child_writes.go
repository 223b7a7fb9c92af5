package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func fill(arr *multiprocessing.Array) {
	arr.Set(-1, 99)
	arr.Set(0, -arr.Get(-1).(int))
	for i := 1; i < arr.Len()-1; i++ {
		arr.Set(i, i*10)
	}
}

func list(vs []any) string {
	return strings.ReplaceAll(fmt.Sprint(vs), " ", ", ")
}

func try(prefix string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			kind, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
			fmt.Println(prefix+kind, msg)
		}
	}()
	f()
}

func main() {
	multiprocessing.Main(fill)
	a := multiprocessing.NewArray("i", 5)
	p := &multiprocessing.Process{Target: fill, Args: []any{a}}
	p.Start()
	p.Join()
	fmt.Println(list(a.Slice()), a.Get(-1), a.Get(-5), a.Len())
	for _, c := range []struct {
		i int
		x any
	}{{5, 1}, {-6, 1}, {0, 1.5}, {1, "x"}} {
		try("", func() { a.Set(c.i, c.x) })
	}
	for _, i := range []int{5, -6} {
		try(fmt.Sprintf("read %d ", i), func() { a.Get(i) })
	}
	d := multiprocessing.NewArray("d", []float64{0.5, 1.5})
	d.Set(-2, 2.25)
	fmt.Println(list(d.Slice()), d.Get(-1))
}
