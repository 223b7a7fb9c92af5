package main

import "fmt"

// Structs of 8 bytes with a pointer: cap 4.

type node struct{ next *node }

func nodes() {
	var ns []node
	ns = append(ns, node{})
	ns = append(ns, node{next: &ns[0]})
	fmt.Println(len(ns), cap(ns), ns[1].next != nil)
}

func main() { nodes() }
