package main

import (
	"errors"
	"fmt"
	"strings"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

type Str interface{ String() string }

type H struct {
	S fmt.Stringer
	E error
}

func asStringer(x Str) fmt.Stringer { return x }

func describe(s fmt.Stringer) string { return fmt.Sprint(s) }

func main() {
	var z Str = Both{1}
	m := map[string]fmt.Stringer{"a": z}
	fmt.Println(m)
	m["b"] = z
	fmt.Println(m["b"])
	ch := make(chan fmt.Stringer, 1)
	ch <- z
	fmt.Println(<-ch)
	var h H
	h.S = z
	fmt.Println(h)
	fmt.Println(asStringer(z), []fmt.Stringer{asStringer(z)})
	var list []fmt.Stringer
	list = append(list, z, Both{2})
	fmt.Println(list)
	fmt.Println(describe(z), strings.ToUpper(describe(z)))
	arr := [1]fmt.Stringer{z}
	fmt.Println(arr)
	p := &H{S: z}
	fmt.Println(*p)
	var e error = Both{3}
	var anyE any = e
	fmt.Println([]any{anyE}, errors.Is(anyE.(error), Both{3}))
	es := []Str{Both{4}, Both{5}}
	out := make([]fmt.Stringer, len(es))
	for i, x := range es {
		out[i] = x
	}
	fmt.Println(out)
	copy(out, []fmt.Stringer{z})
	fmt.Println(out)
}
