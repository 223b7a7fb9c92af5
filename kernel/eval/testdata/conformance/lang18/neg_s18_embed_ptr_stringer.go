package main

import "fmt"

type S struct{ *fmt.Stringer }

func main() {
	fmt.Println(S{})
}
