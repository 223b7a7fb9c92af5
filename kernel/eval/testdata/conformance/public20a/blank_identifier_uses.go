package main

import (
	"fmt"
	"io"
	"strings"
)

type T struct {
	_    int
	Name string
	_    [2]byte
}

var _ io.Reader = (*strings.Reader)(nil)
var _ = register("pkg")

var registered []string

func register(s string) int {
	registered = append(registered, s)
	return len(registered)
}

func pair() (int, string) { return 1, "one" }

func main() {
	_ = []int{1, 2}
	_ = map[string]int{"a": 1}
	_ = "str"
	_ = register("main")
	_, s := pair()
	n, _ := pair()
	_, _ = pair()
	fmt.Println(s, n, registered)
	for _, v := range []string{"x", "y"} {
		_ = v
	}
	for i := range 3 {
		_ = i
	}
	t := T{Name: "t"}
	fmt.Printf("%+v %v\n", t, t == T{Name: "t"})
	var _ int = 5
	var _, y = 1, 2
	fmt.Println(y)
	m := map[string]bool{"k": true}
	if _, ok := m["k"]; ok {
		fmt.Println("present")
	}
	ch := make(chan int, 1)
	ch <- 1
	_ = <-ch
	f := func(_ int, b string) string { return b }
	fmt.Println(f(0, "second"))
	var ifc interface{} = 3
	_, isInt := ifc.(int)
	fmt.Println(isInt)
}
