package main

import "fmt"

type S struct {
	xs []int
}

type Box struct {
	V any
}

func try(name string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	fmt.Println(name, f())
}

func main() {
	var a, b any = S{}, S{}
	try("switch", func() bool {
		switch a {
		case b:
			return true
		}
		return false
	})
	try("array of any", func() bool { return [2]any{1, S{}} == [2]any{1, S{}} })
	try("struct with any", func() bool { return Box{S{}} == Box{S{}} })
	try("pointer to any", func() bool { x, y := &a, &b; return *x == *y })
	try("any vs nil", func() bool { return a == nil })
	try("different dynamic types", func() bool { return a == any([]int{}) })
}
