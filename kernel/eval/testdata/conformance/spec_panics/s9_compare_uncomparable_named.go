package main

import (
	"fmt"
	"runtime"
)

type S struct {
	n  int
	xs []int
}

type L []int

type M map[string]int

type W struct {
	Inner S
}

type Arr [2]S

func try(name string, a, b any) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			fmt.Println(name, "panic:", r, isRuntime)
		}
	}()
	fmt.Println(name, a == b)
}

func main() {
	try("S", S{1, nil}, S{1, nil})
	try("S different", S{1, nil}, S{2, nil})
	try("L", L{1}, L{1})
	try("M", M{}, M{})
	try("W", W{}, W{})
	try("Arr", Arr{}, Arr{})
	try("S vs int", S{}, 1)
	try("S vs L", S{}, L{})
	try("[]int", []int{1}, []int{1})
	try("map", map[int]int{}, map[int]int{})
	try("ptr", &S{}, &S{})
	try("nil vs S", nil, S{})
	var e1, e2 any = S{}, S{}
	try("vars", e1, e2)
	func() {
		defer func() { fmt.Println("!=:", recover()) }()
		fmt.Println(e1 != e2)
	}()
}
