package main

import "fmt"

// Predeclared identifiers are not keywords: they may be redeclared.
type Token struct {
	string
	int
	len  int
	true bool
}

func main() {
	t := Token{"x", 1, 2, false}
	fmt.Println(t.string, t.int, t.len, t.true)
	fmt.Printf("%+v\n", t)
	var nil_ = 0
	iota := 5
	fmt.Println(nil_, iota)
}
