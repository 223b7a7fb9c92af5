package main

import (
	"errors"
	"fmt"
)

type notFound struct{ name string }

func (e notFound) Error() string { return e.name + " not found" }

type denied struct{ user string }

func (e *denied) Error() string { return "denied for " + e.user }

type kind interface{ error }

func main() {
	err := fmt.Errorf("both: %w and %w", notFound{"x"}, &denied{"bob"})
	var nf notFound
	var d *denied
	fmt.Println(errors.As(err, &nf), nf.name)
	fmt.Println(errors.As(err, &d), d.user)
	var k kind
	fmt.Println(errors.As(err, &k), k)
	switch e := errors.Unwrap(fmt.Errorf("one: %w", &denied{"eve"})).(type) {
	case notFound:
		fmt.Println("nf", e.name)
	case *denied:
		fmt.Println("denied", e.user)
	}
}
