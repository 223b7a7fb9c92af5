package main

import (
	"fmt"
	"strings"
)

type Acc struct{ total int }

func (a *Acc) Add(n int)       { a.total += n }
func (a Acc) Value() int       { return a.total }
func (a Acc) Scaled(k int) int { return a.total * k }

func apply(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var a Acc
	apply([]int{1, 2, 3}, a.Add)
	fmt.Println(a.total)
	v := a.Value
	a.Add(10)
	fmt.Println(v(), a.Value())
	add := (*Acc).Add
	add(&a, 100)
	val := Acc.Value
	fmt.Println(val(a), Acc.Scaled(a, 2))
	fs := map[string]func(string) string{
		"upper": strings.ToUpper,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
		"rep":   strings.NewReplacer("a", "4").Replace,
	}
	for _, k := range []string{"upper", "title", "rep"} {
		fmt.Println(k, fs[k]("banana"))
	}
	var sb strings.Builder
	w := sb.WriteString
	w("x")
	w("y")
	fmt.Println(sb.String())
	ptr := &a
	g := ptr.Value
	ptr.Add(1)
	fmt.Println(g(), ptr.Value())
}
