package main

import (
	"fmt"
	"strings"
)

type name string

func (n name) String() string { return string(n) }

func shout(s fmt.Stringer) string {
	return strings.ToUpper(s)
}

func main() {
	fmt.Println(shout(name("go")))
}
