package main

import "fmt"

type T struct{ A int }

func main() {
	var t T
	t.Foo()
	fmt.Println(t)
}
