package main

import "fmt"

type I interface{ M() }
type S struct{ *I }

func main() {
	fmt.Println(S{})
}
