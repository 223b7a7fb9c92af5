package main

import "fmt"

type T struct{ A int }

func main() {
	var t T
	fmt.Println(t.Foo)
}
