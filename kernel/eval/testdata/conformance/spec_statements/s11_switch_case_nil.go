package main

import "fmt"

// case nil in a switch on a slice, map, func, pointer or channel tests the
// value against nil, as == nil does.

type handler func(string) string

func describe(xs []int, m map[string]int, h handler, p *int, ch chan int) string {
	out := ""
	switch xs {
	case nil:
		out += "xs:nil "
	default:
		out += fmt.Sprint("xs:", len(xs), " ")
	}
	switch m {
	case nil:
		out += "m:nil "
	default:
		out += "m:set "
	}
	switch h {
	case nil:
		out += "h:nil "
	default:
		out += "h:" + h("x") + " "
	}
	switch p {
	case nil:
		out += "p:nil "
	default:
		out += fmt.Sprint("p:", *p, " ")
	}
	switch ch {
	case nil:
		out += "ch:nil"
	default:
		out += "ch:open"
	}
	return out
}

func generic[T any](s []T) string {
	switch s {
	case nil:
		return "nil"
	}
	return fmt.Sprint(len(s))
}

func main() {
	n := 3
	fmt.Println(describe(nil, nil, nil, nil, nil))
	fmt.Println(describe([]int{}, map[string]int{}, func(s string) string { return s + s }, &n, make(chan int)))
	fmt.Println(generic[int](nil), generic([]string{"a"}), generic([]bool{}))
}
