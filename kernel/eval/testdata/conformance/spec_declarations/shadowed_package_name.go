package main

import (
	"fmt"
	"strings"
)

func upper(strings []string) []string {
	// The parameter shadows the package name here.
	out := make([]string, len(strings))
	for i, s := range strings {
		out[i] = s + "!"
	}
	return out
}

func main() {
	fmt.Println(upper([]string{"a", "b"}))
	fmt.Println(strings.ToUpper("still the package"))
	fmt := "shadowed fmt"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(len(s)) }
