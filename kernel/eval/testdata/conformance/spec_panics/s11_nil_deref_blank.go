package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Dereferencing a nil pointer panics even when the value is thrown away
// (_ = *p) or only compared.

type node struct {
	val  int
	next *node
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		fmt.Println(name, "->", r != nil, errors.As(asError(r), &re))
	}()
	f()
}

func asError(r any) error {
	if e, ok := r.(error); ok {
		return e
	}
	return nil
}

func main() {
	var p *int
	var n *node
	var x any = 0
	ptrs := [2]*int{new(int), nil}
	try("_ = *p", func() { _ = *p })
	try("_ = x == *p", func() { _ = x == *p })
	try("_ = *ptrs[1]", func() { _ = *ptrs[1] })
	try("_ = *ptrs[0]", func() { _ = *ptrs[0] })
	try("_ = *n", func() { _ = *n })
	try("copy := *n", func() { c := *n; fmt.Println(c) })
	list := &node{1, &node{2, nil}}
	try("walk past the end", func() {
		for q := list; ; q = q.next {
			_ = *q
			fmt.Println("visit", q.val)
		}
	})
}
