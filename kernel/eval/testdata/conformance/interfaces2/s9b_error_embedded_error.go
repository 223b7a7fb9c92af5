package main

import (
	"errors"
	"fmt"
	"io"
)

// opError embeds an error field: Error is promoted from the field's
// dynamic value.
type opError struct {
	error
	op string
}

type codeError struct {
	opError
	code int
}

// plainError has Error of its own.
type plainError struct{ msg string }

func (p plainError) Error() string { return p.msg }

func fail(op string) error { return opError{io.EOF, op} }

func main() {
	err := fail("read")
	fmt.Println(err, err.Error())
	fmt.Printf("%v|%s|%T\n", err, err, err)
	var oe opError
	fmt.Println(errors.As(err, &oe), oe.op, oe.error == io.EOF)
	wrapped := fmt.Errorf("outer: %w", err)
	fmt.Println(wrapped, errors.As(wrapped, &oe), oe.op)
	ce := codeError{opError{errors.New("boom"), "write"}, 7}
	err = ce
	fmt.Println(err, ce.code, ce.op)
	var target codeError
	fmt.Println(errors.As(fmt.Errorf("x: %w", err), &target), target.code)
	m := map[error]int{}
	m[opError{io.EOF, "a"}]++
	m[opError{io.EOF, "a"}]++
	m[opError{io.EOF, "b"}]++
	fmt.Println(len(m), m[opError{io.EOF, "a"}])
	// a plain assignment to a map entry with a key of each kind
	m2 := map[error]string{}
	m2[plainError{"p"}] = "plain"
	m2[opError{io.EOF, "c"}] = "embedded"
	k := codeError{opError{io.EOF, "d"}, 1}
	m2[k] = "two levels"
	m2[k] += "!"
	fmt.Println(len(m2), m2[plainError{"p"}], m2[opError{io.EOF, "c"}], m2[k])
	m3 := map[fmt.Stringer]bool{}
	var e error = plainError{"q"}
	m3[nil] = true
	fmt.Println(len(m3), e)
}
