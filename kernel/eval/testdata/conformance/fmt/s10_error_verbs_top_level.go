package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type PE struct{ msg string }

func (p *PE) Error() string { return "pe: " + p.msg }

type Rich struct {
	N    int
	Tags []string
}

func (r Rich) Error() string { return fmt.Sprintf("rich %d", r.N) }

type Fmt struct{}

func (Fmt) Error() string { return "fmt-error" }
func (Fmt) Format(s fmt.State, v rune) {
	fmt.Fprintf(s, "F<%c>", v)
}

func main() {
	var e error = Code(7)
	fmt.Printf("%v|%s|%q|%x|%X|%d|%5v|%-8s|%#v|%T\n", e, e, e, e, e, e, e, e, e, e)
	var pe *PE
	var ep error = pe
	fmt.Printf("%v|%s|%#v|%T\n", ep, ep, ep, ep)
	fmt.Println(ep == nil, ep)
	r := Rich{2, []string{"a"}}
	var er error = r
	fmt.Printf("%v|%+v|%#v|%d\n", er, er, er, er)
	fmt.Printf("%v|%s|%d|%#v\n", Fmt{}, error(Fmt{}), []error{Fmt{}}, Fmt{})
	w := fmt.Errorf("w %w", er)
	fmt.Printf("%v|%+v|%#v\n", errors.Unwrap(w), errors.Unwrap(w), errors.Unwrap(w))
	fmt.Println(fmt.Sprint(e, ep, er), fmt.Sprintln(e, "x"))
	fmt.Printf("%v %v\n", &r, []*PE{pe, {"x"}})
	fmt.Printf("%s\n", []error{nil, Code(1), pe})
}
