package main

import "fmt"

type B bool

const k bool = true

func main() {
	ch := make(chan B, 1)
	ch <- k
	fmt.Println(<-ch)
}
