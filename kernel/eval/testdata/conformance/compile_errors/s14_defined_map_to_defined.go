package main

import "fmt"

type Set map[string]bool
type Seen map[string]bool

func main() {
	s := Set{"a": true}
	var t Seen = s
	fmt.Println(t)
}
