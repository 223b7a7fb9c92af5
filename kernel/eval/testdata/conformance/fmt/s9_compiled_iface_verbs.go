package main

import (
	"fmt"
	"strconv"
)

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°" }

type Code int

func (c Code) String() string { return "code" + strconv.Itoa(int(c)) }

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("<%d %d>", p.X, p.Y) }

type Ref struct{ n int }

func (r *Ref) String() string { return "ref" + strconv.Itoa(r.n) }

func main() {
	ss := []fmt.Stringer{Temp(21.5), Code(7), Pt{1, 2}, &Ref{3}}
	fmt.Printf("%v\n%d\n%s\n%T\n", ss, ss[:3], ss, ss)
	for _, s := range ss {
		fmt.Printf("%v|%d|%s|%T|%x|%+v|%#v\n", s, s, s, s, s, s, s)
	}
	m := map[string]fmt.Stringer{"a": Code(1), "b": Temp(2)}
	fmt.Printf("%v %d %T\n", m, m, m)
	var one fmt.Stringer = Code(9)
	fmt.Printf("%v %d %s %q %T %v\n", one, one, one, one, one, []any{one, Code(9)})
	arr := [2]fmt.Stringer{Pt{5, 6}, nil}
	fmt.Printf("%v %+v %T\n", arr, arr, arr)
	fmt.Println(fmt.Sprint(one), fmt.Sprintf("%6.2f", ss[0]), fmt.Sprintf("%08d", ss[1]))
}
