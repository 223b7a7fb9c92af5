package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type T struct {
	A int `json:"a" db:"col_a"`
	b string
}

func (t *T) String() string { return fmt.Sprintf("T(%d)", t.A) }

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V%d", v.n) }

type W struct {
	*T
	V
	X int
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Ch chan<- int

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (s Sq) Area() float64 { return s.s * s.s }

type Holder struct {
	Shape
	Name string
}

func main() {
	vals := []any{T{}, &T{}, []T{}, []*T{}, map[string]T{}, map[T]int{}, [2]T{}, func(int) string { return "" }, make(chan int), make(<-chan string), Ch(nil),
		struct{ A int }{}, struct{}{}, Op(nil), (*E)(nil), error(nil), V{}, W{}, new(int), new([]string), [][]map[string]*T{}, 'x', byte(1), uintptr(2), complex64(1), errors.New("x"), fmt.Errorf("w %w", errors.New("y"))}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Println(reflect.TypeOf(T{}).Field(0).Tag.Get("db"), reflect.TypeOf(T{}).Field(1).Name, reflect.TypeOf(W{}).NumField())
	t := T{A: 5}
	ts := []T{{1, "x"}, {2, "y"}}
	tps := []*T{{3, ""}}
	fmt.Println(t, &t, ts, tps)
	fmt.Printf("%v %s %+v\n", t, &t, ts)
	vs := []V{{1}, {2}}
	fmt.Println(vs, map[string]V{"a": {3}}, [1]V{{4}}, &vs[0])
	w := W{T: &T{A: 9}, V: V{7}, X: 1}
	fmt.Println(w)
	fmt.Printf("%v %+v\n", w, w)
	w2 := W{V: V{8}}
	fmt.Println(w2, w2.V.String())
	var e *E
	var err error = e
	fmt.Println(err == nil)
	fmt.Printf("[%v]\n", err)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3), add(4, 5))
	s := Shape(Sq{2})
	f := s.Area
	s = Sq{3}
	fmt.Println(f(), s.Area())
	h := Holder{Name: "empty"}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(h.Area())
	}()
	h.Shape = Sq{1}
	fmt.Println(h.Area(), h)
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	a[1], a[1] = 5, 6
	fmt.Println(a)
	j := 2
	a[j], j = 100, 0
	fmt.Println(a, j)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	m := map[string]int{}
	key := []byte("k")
	m[string(key)]++
	m[string(key)]++
	fmt.Println(m)
	var sb strings.Builder
	for i, c := range []byte("hey") {
		fmt.Fprintf(&sb, "%d%c", i, c)
	}
	fmt.Println(sb.String())
	var fns [3]func() int
	fmt.Println(fns[0] == nil)
	type local struct{ p *int }
	n := 5
	l1, l2 := local{&n}, local{&n}
	fmt.Println(l1 == l2)
	var ip1, ip2 any = &n, &n
	fmt.Println(ip1 == ip2)
}
