package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("header:body")
	p, _ := b.Peek(6)
	fmt.Printf("%s %d\n", p, b.Len())
	b.Next(7)
	fmt.Println(b.String())
}
