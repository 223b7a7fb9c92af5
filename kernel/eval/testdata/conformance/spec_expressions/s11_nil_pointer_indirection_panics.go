package main

import "fmt"

// Evaluating *p with p a nil pointer panics wherever the value goes: into
// a map entry (the interpreter stored nothing, or deleted the entry), into
// a call's argument of an empty struct or struct type, or to the blank
// identifier (the interpreter went on without a panic).

type empty struct{}
type pair struct{ a, b int }

func use(v any) {}

func try(name string, fn func()) {
	defer func() {
		r := recover()
		err, _ := r.(error)
		fmt.Println(name, err)
	}()
	fn()
}

func main() {
	var p *int
	m := map[int]int{1: 1}
	try("m[0] = *p", func() { m[0] = *p })
	try("m[1] = *p", func() { m[1] = *p })
	try("m[2], _ = 1, *p", func() { m[2], _ = 1, *p })
	var e *empty
	try("use(*e)", func() { use(*e) })
	try("_ = *e", func() { _ = *e })
	var s *pair
	try("use(*s)", func() { use(*s) })
	try("v := *s", func() { v := *s; _ = v })
	var pb *bool
	try("if *pb", func() {
		if *pb {
			fmt.Println("true")
		}
	})
	fmt.Println(m)

	q := &pair{1, 2}
	fmt.Println(*q)
}
