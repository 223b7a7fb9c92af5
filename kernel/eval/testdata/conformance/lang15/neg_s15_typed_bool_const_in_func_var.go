package main

import "fmt"

type B bool

func main() {
	const k bool = true
	f := func() B {
		var b B = k
		return b
	}
	fmt.Println(f())
}
