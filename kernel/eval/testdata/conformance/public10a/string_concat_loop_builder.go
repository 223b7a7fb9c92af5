package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s, len(s))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteByte('|')
	b.WriteRune('é')
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q\n", b.String())

	defer func() { fmt.Println("recovered:", recover()) }()
	var b1 strings.Builder
	b1.WriteString("x")
	b2 := b1 // copying a non-zero Builder
	b2.WriteString("y")
	fmt.Println("not reached")
}
