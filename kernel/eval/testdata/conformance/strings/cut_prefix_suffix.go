package main

import (
	"fmt"
	"strings"
)

func main() {
	show := func(s, sep string) {
		before, after, found := strings.Cut(s, sep)
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "er")
	show("Gopher", "Badger")
	after, ok := strings.CutPrefix("Gopher", "Go")
	fmt.Printf("%q %v\n", after, ok)
	after, ok = strings.CutPrefix("Gopher", "ph")
	fmt.Printf("%q %v\n", after, ok)
	before, ok := strings.CutSuffix("Gopher", "er")
	fmt.Printf("%q %v\n", before, ok)
	before, ok = strings.CutSuffix("Gopher", "Go")
	fmt.Printf("%q %v\n", before, ok)
	k, v, _ := strings.Cut("key=value=more", "=")
	fmt.Println(k, "|", v)
}
