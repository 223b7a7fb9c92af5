package main

import (
	"fmt"
	"sort"
	"strings"
	"text/template"
)

type P struct{ X, Y int }

type C int

func (c C) String() string { return fmt.Sprintf("C%d", int(c)) }

type W struct {
	V    any
	L    []any
	M    map[string]any
	next *W
}

type Box[T any] struct{ Val T }

func main() {
	w := W{V: P{1, 2}, L: []any{C(3), P{4, 5}}, M: map[string]any{"k": C(6)}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(Box[any]{P{7, 8}}, Box[any]{C(9)}, []Box[any]{{C(1)}, {nil}})
	ws := []W{{V: C(1)}, {V: P{0, 0}}}
	fmt.Println(ws)
	var sb strings.Builder
	t := template.Must(template.New("w").Parse("{{.V}} {{index .L 1}} {{.M.k}}\n"))
	t.Execute(&sb, w)
	fmt.Print(sb.String())
	ch := make(chan any, 2)
	ch <- P{1, 1}
	ch <- C(2)
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	keys := []any{C(3), C(1), C(2)}
	sort.Slice(keys, func(i, j int) bool { return keys[i].(C) < keys[j].(C) })
	fmt.Println(keys, fmt.Sprintf("%d", keys))
}
