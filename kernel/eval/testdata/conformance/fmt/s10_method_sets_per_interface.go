package main

import (
	"errors"
	"fmt"
	"time"
)

// Each fmt call below chooses, for each argument's type, the first of
// fmt's interfaces (Formatter, error, Stringer, GoStringer) the type
// implements: types without methods, with one of them, with a pointer
// receiver, promoted from an embedded field, compiled types.

type N int

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrStr struct{ name string }

func (p *PtrStr) String() string { return "ptr:" + p.name }

type Fail struct{ code int }

func (f Fail) Error() string { return fmt.Sprintf("fail %d", f.code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type Fmt struct{}

func (Fmt) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "fmt(%c)", verb) }

type Go struct{ x int }

func (g Go) GoString() string { return fmt.Sprintf("Go{%d}", g.x) }

type Outer struct {
	Temp
	n int
}

type Plain struct {
	a int
	b string
}

type Other interface{ Other() }

func main() {
	var a any = 7
	fmt.Println(1, "s", 2.5, true, N(3), a)
	fmt.Println(Temp(21.5), &PtrStr{"p"}, PtrStr{"v"}, Fail{4}, Both{}, Fmt{})
	fmt.Printf("%v %s %d\n", Outer{Temp(3), 1}, Temp(-2), N(9))
	fmt.Printf("%#v %#v %v\n", Go{1}, Plain{1, "x"}, Go{2})
	fmt.Println(time.Duration(1500)*time.Millisecond, errors.New("plain"), []Temp{1, 2}, map[N]Temp{1: 5})
	var o Other
	fmt.Println(o == nil, fmt.Sprint(N(5), Temp(0)), fmt.Sprintf("%v|%v", Plain{2, "y"}, &Plain{3, "z"}))
}
