package main

import (
	"fmt"
	"strings"
)

type Args []any
type Names []string
type ID int
type IDs []ID

type Shower interface{ Show() string }
type S string

func (s S) Show() string { return "<" + string(s) + ">" }

func show(xs ...Shower) string {
	var b strings.Builder
	for _, x := range xs {
		b.WriteString(x.Show())
	}
	return b.String()
}

func ids(xs ...ID) (t ID) {
	for _, x := range xs {
		t += x
	}
	return
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

type T struct{}

func (T) Log(xs ...any) { fmt.Println(append([]any{"log:"}, xs...)...) }

func main() {
	a := Args{"x", 1, 2.5}
	fmt.Println(a...)
	fmt.Printf("%v-%v-%v\n", a...)
	n := Names{"p", "q"}
	fmt.Println(join("+", n...), strings.Join(n, "/"))
	fmt.Println(ids(IDs{1, 2, 3}...), ids([]ID{4}...))
	ss := []Shower{S("a"), S("b")}
	fmt.Println(show(ss...), show(), show(S("c")))
	var t T
	lg := t.Log
	lg(a...)
	lg()
	var iface interface{ Log(...any) } = t
	iface.Log(a[1:]...)
	f := fmt.Sprint
	fmt.Println(f(a...))
	g := join
	fmt.Println(g("-", n...))
	h := func(xs ...ID) int { return len(xs) }
	fmt.Println(h(IDs{1, 2}...))
	type Matrix [][]int
	rows := Matrix{{1}, {2, 3}}
	flat := append([]int(nil), rows[0]...)
	flat = append(flat, rows[1]...)
	fmt.Println(flat)
	bs := append([]byte("ab"), S("cd")...)
	fmt.Println(string(bs))
	var mixed []any
	mixed = append(mixed, a...)
	mixed = append(mixed, n)
	fmt.Println(len(mixed), mixed)
	fmt.Println(fmt.Sprintf("%s=%d", []any{"k", 5}...))
	e := fmt.Errorf("%w and %w", []any{fmt.Errorf("e1"), fmt.Errorf("e2")}...)
	fmt.Println(e)
}
