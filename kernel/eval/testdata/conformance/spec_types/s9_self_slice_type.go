package main

import (
	"fmt"
	"reflect"
)

// L is a slice of itself: a tree whose nodes are only their children.
type L []L

func depth(l L) int {
	d := 0
	for _, k := range l {
		if kd := depth(k); kd > d {
			d = kd
		}
	}
	return d + 1
}

func main() {
	var empty L
	fmt.Println(empty == nil, len(empty), depth(empty))
	l := L{L{}, L{L{}, L{L{}}}}
	fmt.Println(len(l), len(l[1]), depth(l))
	l = append(l, l[1])
	l[0] = append(l[0], nil)
	fmt.Println(len(l), len(l[0]), l[0][0] == nil)
	fmt.Printf("%v|%+v|%#v|%T\n", l, l, l[1], l[2])
	t := reflect.TypeOf(l)
	fmt.Println(t, t.Kind(), t.Elem(), t.Elem() == t, t.Name())
	var x any = l[1]
	if y, ok := x.(L); ok {
		fmt.Println("an L of", len(y))
	}
	switch v := x.(type) {
	case []L:
		fmt.Println("[]L", len(v))
	case L:
		fmt.Println("L", len(v))
	}
	conv := []L(l)
	fmt.Println(len(conv), reflect.TypeOf(conv))
	for i, k := range l {
		fmt.Print(i, ":", len(k), " ")
	}
	fmt.Println()
}
