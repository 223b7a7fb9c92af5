package main

import (
	"fmt"
	"strconv"
)

type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

func get(i int) error {
	switch i {
	case 0:
		return &SyntaxError{3, "unexpected token"}
	case 1:
		return Code(7)
	case 2:
		_, err := strconv.Atoi("x")
		return err
	case 3:
		return Both{4}
	}
	return nil
}

func main() {
	for i := range 5 {
		err := get(i)
		switch e := err.(type) {
		case *SyntaxError, Code:
			fmt.Printf("mine: %v %T\n", e, e)
		case Both, *strconv.NumError:
			fmt.Printf("other: %v %T\n", e, e)
		default:
			fmt.Println("not mine:", e)
		}
	}
	ss := []fmt.Stringer{Both{5}}
	for _, s := range ss {
		switch v := s.(type) {
		case error, fmt.GoStringer:
			fmt.Printf("%v %T\n", v, v)
		}
		switch v := any(s).(type) {
		case Both, Code:
			fmt.Printf("%v %T\n", v, v)
		}
	}
	es := []error{Both{6}, Code(8)}
	for _, e := range es {
		switch v := e.(type) {
		case fmt.Stringer, *SyntaxError:
			fmt.Printf("stringer-ish %v %T\n", v, v)
		case Code:
			fmt.Println("code", int(v))
		}
	}
}
