package main

import (
	"errors"
	"fmt"
	"time"
)

type Timed struct {
	time.Duration
	Label string
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Pixel struct {
	Color
	X, Y int
}

type Both int

func (b Both) String() string { return "string" }
func (b Both) Error() string  { return "error" }

type Faulty struct {
	error
	Code int
}

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr", p.n) }

type Holder struct {
	P  PtrStr
	PP *PtrStr
}

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilOK struct{ v int }

func (n *NilOK) String() string {
	if n == nil {
		return "nil-ok"
	}
	return "ok"
}

type ValStr struct{ v int }

func (v ValStr) String() string { return "valstr" }

type Matrix [2][2]Color

func main() {
	fmt.Println(Timed{90 * time.Second, "lap"})
	fmt.Printf("%v|%+v|%s\n", Timed{time.Second, "x"}, Timed{time.Second, "x"}, Timed{time.Millisecond, "y"})
	fmt.Println(Pixel{2, 1, 1})
	fmt.Printf("%+v %d\n", Pixel{1, 3, 4}, Pixel{1, 3, 4})
	fmt.Println(Both(1))
	fmt.Printf("%v %s\n", Both(2), []Both{3})
	f := Faulty{errors.New("disk full"), 5}
	fmt.Println(f)
	fmt.Printf("%+v\n", f)
	fmt.Println(Faulty{Code: 7})
	h := Holder{PtrStr{1}, &PtrStr{2}}
	fmt.Println(h, &h.P, h.PP)
	fmt.Printf("%+v\n", h)
	fmt.Println(Panicky{})
	fmt.Printf("%s|%d\n", Panicky{}, Panicky{})
	var no *NilOK
	fmt.Println(no, []*NilOK{nil, {1}})
	var vs *ValStr
	fmt.Println(vs)
	fmt.Printf("%s %v %d\n", vs, vs, vs)
	m := map[Color]int{2: 1, 0: 5, 1: 3}
	fmt.Println(m)
	fmt.Println(map[ValStr]bool{{1}: true})
	fmt.Println(Matrix{{0, 1}, {2, 0}})
	fmt.Printf("%v %d %x\n", []Color{0, 1, 2}, []Color{0, 1, 2}, Color(2))
	var st fmt.Stringer = Color(1)
	fmt.Printf("%v %T %#v\n", st, st, st)
	type wrap struct{ S fmt.Stringer }
	fmt.Printf("%v %+v\n", wrap{Color(2)}, wrap{})
	ch := make(chan Color, 1)
	ch <- 1
	fmt.Println(<-ch, len(ch))
	arr := [3]fmt.Stringer{Color(0), ValStr{}, nil}
	fmt.Println(arr)
	e := fmt.Errorf("ctx: %w", Both(1))
	fmt.Println(e, errors.Unwrap(e) == Both(1))
	fmt.Println(fmt.Sprintf("%6s|%-6s|%.2s", Color(1), Color(2), Color(0)))
	fmt.Println(fmt.Sprintf("%q %x % X", Color(1), Color(1), ValStr{}))
}
