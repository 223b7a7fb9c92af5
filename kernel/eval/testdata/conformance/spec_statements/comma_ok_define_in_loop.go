package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	var fs []func()
	for _, k := range []string{"a", "b", "c"} {
		v, ok := m[k]
		fs = append(fs, func() { fmt.Println("map", k, v, ok) })
	}
	var ps []*int
	for _, k := range []string{"a", "b"} {
		v, _ := m[k]
		ps = append(ps, &v)
	}
	fmt.Println(*ps[0], *ps[1])
	xs := []any{1, "two", 3}
	for _, x := range xs {
		n, ok := x.(int)
		fs = append(fs, func() { fmt.Println("assert", n, ok) })
	}
	ch := make(chan int, 2)
	ch <- 7
	ch <- 8
	close(ch)
	for i := 0; i < 3; i++ {
		v, ok := <-ch
		fs = append(fs, func() { fmt.Println("recv", v, ok) })
	}
	for _, f := range fs {
		f()
	}
}
