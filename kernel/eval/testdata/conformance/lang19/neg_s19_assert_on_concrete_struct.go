package main

import "fmt"

type P struct{}

func main() {
	p := P{}
	q, ok := p.(fmt.Stringer)
	fmt.Println(q, ok)
}
