// Interface satisfaction through embedding: a struct satisfies an
// interface with methods promoted from an embedded struct, an embedded
// pointer and an embedded interface; a pointer-receiver method promoted
// from a value field satisfies only through a pointer; an ambiguous
// method (two fields, or the same type reached twice at one depth) does
// not satisfy; and a type with the method of the right name
// but another signature does not satisfy either.
package main

import (
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

type Namer interface{ Name() string }

type Renamer interface {
	Namer
	Rename(string)
}

type Named struct{ name string }

func (n Named) Name() string     { return n.name }
func (n *Named) Rename(s string) { n.name = s }

type Item struct {
	Named
	Qty int
}

type Ref struct{ *Named }

type Wrapped struct {
	Namer
}

type Other struct{}

func (Other) Name() string { return "other" }

type Both struct {
	Named
	Other
}

type Left struct{ Named }
type Right struct{ Named }

// Diamond reaches Named's methods through Left and Right at one depth.
type Diamond struct {
	Left
	Right
}

type WrongSig struct{}

func (WrongSig) Name() int { return 1 }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type byLen struct{ sort.StringSlice }

func (b byLen) Less(i, j int) bool {
	return len(b.StringSlice[i]) < len(b.StringSlice[j])
}

func check(label string, v any) {
	_, n := v.(Namer)
	_, r := v.(Renamer)
	fmt.Printf("%-10s Namer=%v Renamer=%v\n", label, n, r)
}

func main() {
	it := Item{Named{"bolt"}, 3}
	check("Item", it)
	check("*Item", &it)
	check("Ref", Ref{&Named{"ref"}})
	check("Wrapped", Wrapped{Other{}})
	check("Both", Both{})
	check("WrongSig", WrongSig{})
	check("Diamond", Diamond{})
	check("*Diamond", &Diamond{})
	fmt.Println(reflect.TypeOf(Diamond{}).NumMethod(), reflect.TypeOf(&Left{}).NumMethod())

	var rn Renamer = &it
	rn.Rename("nut")
	fmt.Println(it.Name(), rn.Name())

	r := Ref{&Named{"a"}}
	var rr Renamer = r
	rr.Rename("b")
	fmt.Println(r.Name())

	var sb strings.Builder
	cw := &countingWriter{Writer: &sb}
	fmt.Fprintf(cw, "hello %s", "world")
	io.WriteString(cw, "!")
	fmt.Println(sb.String(), cw.n)

	words := []string{"kiwi", "fig", "banana", "apple"}
	sort.Sort(byLen{words})
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLen{words}))
	fmt.Println(words)
	fmt.Println(sort.IsSorted(byLen{words}))

	var ns []Namer
	for _, v := range []any{it, Ref{&Named{"r"}}, Wrapped{Other{}}, Other{}} {
		if n, ok := v.(Namer); ok {
			ns = append(ns, n)
		}
	}
	for _, n := range ns {
		fmt.Printf("%T %s\n", n, n.Name())
	}
}
