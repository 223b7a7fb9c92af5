package main

import "fmt"

type T struct {
	A int
	B *int
}

func main() {
	m := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, map[string]int{"z": 26, "a": 1})
	fmt.Printf("%#v\n", map[string]bool{"y": true, "x": false})
	n := 5
	t := T{1, &n}
	fmt.Println(t.A, *t.B)
	fmt.Printf("%v\n", []*int{nil})
	fmt.Printf("%#v %#v %#v\n", []int{1}, "s", 3.0)
	fmt.Printf("%#v\n", struct{ X []string }{nil})
	fmt.Printf("%v %x % x %X\n", []byte("hi"), []byte("hi"), []byte("hi"), "hi")
}
