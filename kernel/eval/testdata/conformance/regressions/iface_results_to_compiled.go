package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// A call's result of an interface type of the program, given straight to
// a function of the standard library, keeps the methods of its dynamic
// type: fmt calls its String or Error method, errors.Is gets an error.

type Shape interface{ Scale(f float64) Shape }

type Rect struct{ W, H float64 }

func (r Rect) Scale(f float64) Shape { return Rect{r.W * f, r.H * f} }
func (r Rect) String() string        { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Plain struct{ A int }

func (p Plain) Scale(f float64) Shape { return Plain{p.A * int(f)} }

type CodeErr struct{ code int }

func (e CodeErr) Error() string { return fmt.Sprint("code ", e.code) }
func (e CodeErr) Code() int     { return e.code }

type Coded interface {
	error
	Code() int
}

func mkCoded(c int) Coded  { return CodeErr{c} }
func mkNil() Shape         { return nil }
func pair() (Shape, error) { return Rect{1, 1}, nil }

func main() {
	var s Shape = Rect{1, 2}
	fmt.Println(s.Scale(3))
	fmt.Println(Plain{2}.Scale(3))
	fmt.Printf("%v %+v %T %s\n", s.Scale(1), Plain{1}.Scale(2), s.Scale(2), s.Scale(5))
	fmt.Println(mkCoded(4), mkNil())
	fmt.Println(pair())
	fmt.Println(strings.ToUpper(fmt.Sprint(s.Scale(2))))
	fmt.Println(errors.Is(mkCoded(7), CodeErr{7}), errors.Is(mkCoded(7), CodeErr{8}))
	var sb strings.Builder
	fmt.Fprintln(&sb, s.Scale(4), mkCoded(1))
	fmt.Print(sb.String())
	fmt.Println(fmt.Sprintf("%s|%d|%v", mkCoded(2), mkCoded(2).Code(), mkNil()))
	fmt.Println(reflect.ValueOf(mkNil()).IsValid())
	err := fmt.Errorf("wrapped: %w", mkCoded(9))
	fmt.Println(err, errors.Unwrap(err))
}
