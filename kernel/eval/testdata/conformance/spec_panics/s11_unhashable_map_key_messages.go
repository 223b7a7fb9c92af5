package main

import "fmt"

// A map key of a dynamic type that is not hashable panics with the texts
// Go code gets: an empty map's read, comma-ok read or delete reports it
// with "hash of unhashable type: []int" (the interpreter turned every one
// into the other text), an assignment or an operation on a map with
// entries "runtime error: hash of unhashable type []int"; and
// `_, _ = m[k]` indexes the map too (the interpreter skipped it: no panic).

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	k := []int{}
	empty := map[any]int{}
	full := map[any]int{1: 1}
	try("read empty", func() { _ = empty[k] })
	try("read full", func() { _ = full[k] })
	try("ok empty", func() { _, ok := empty[k]; _ = ok })
	try("ok full", func() { _, ok := full[k]; _ = ok })
	try("blank empty", func() { _, _ = empty[k] })
	try("assign empty", func() { empty[k] = 1 })
	try("assign full", func() { full[k] = 1 })
	try("delete empty", func() { delete(empty, k) })
	try("delete full", func() { delete(full, k) })
}
