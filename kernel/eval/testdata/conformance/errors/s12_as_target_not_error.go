package main

import (
	"errors"
	"fmt"
	"os"
)

type Code int

type Point struct{ X, Y int }

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	err := fmt.Errorf("lookup: %w", &NotFound{"x"})
	try("code", func() {
		var c Code
		errors.As(err, &c)
	})
	try("struct", func() {
		var p Point
		errors.As(err, &p)
	})
	try("value of ptr-receiver error", func() {
		var nf NotFound
		errors.As(err, &nf)
	})
	try("nil err", func() {
		var c Code
		fmt.Println(errors.As(nil, &c))
	})
	try("good", func() {
		var nf *NotFound
		fmt.Println(errors.As(err, &nf), nf.Name)
	})
	try("iface", func() {
		var s fmt.Stringer
		fmt.Println(errors.As(err, &s))
	})
	try("path", func() {
		var pe *os.PathError
		_, e := os.Open("/definitely/missing")
		fmt.Println(errors.As(e, &pe), pe.Op)
	})
}
