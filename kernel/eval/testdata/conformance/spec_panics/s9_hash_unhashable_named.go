package main

import "fmt"

type S struct {
	n  int
	xs []int
}

type L []int

type W struct {
	Inner S
}

func main() {
	m := map[any]int{}
	for _, k := range []func(){
		func() { m[S{}] = 1 },
		func() { m[L{1}] = 1 },
		func() { m[W{}] = 1 },
		func() { _ = map[any]bool{S{}: true} },
		func() { m[[]int{1}] = 1 },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			k()
		}()
	}
	fmt.Println(len(m))
}
