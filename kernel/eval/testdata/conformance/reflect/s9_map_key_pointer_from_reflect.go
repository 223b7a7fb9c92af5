package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	V int
}

func main() {
	a, b := &Node{1}, &Node{1}
	seen := map[any]bool{a: true}
	pa := reflect.ValueOf(a).Interface()
	pb := reflect.ValueOf(b).Interface()
	fmt.Println(seen[pa], seen[pb], pa == any(a), pb == any(a))
	seen[pb] = true
	fmt.Println(len(seen))
	// The pointer reached through reflect.Value.Addr of an element.
	xs := []Node{{1}, {2}}
	idx := map[any]int{&xs[0]: 0, &xs[1]: 1}
	p := reflect.ValueOf(xs).Index(1).Addr().Interface()
	fmt.Println(idx[p], p.(*Node).V)
}
