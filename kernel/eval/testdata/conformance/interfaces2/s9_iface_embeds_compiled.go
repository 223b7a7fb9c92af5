package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

type Named interface {
	fmt.Stringer
	Name() string
}

type Other interface {
	fmt.Stringer
	Name() int
}

type User struct{ first, last string }

func (u User) String() string { return u.first + " " + u.last }
func (u User) Name() string   { return u.first }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type ctxKey int

func (k ctxKey) String() string { return fmt.Sprint("key", int(k)) }

func Join[T fmt.Stringer](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ",")
}

func main() {
	var s fmt.Stringer = User{"Ada", "L"}
	n, ok := s.(Named)
	fmt.Println(ok, n.Name(), n)
	_, ok = s.(Other)
	fmt.Println(ok)
	var t fmt.Stringer = Tag("x")
	_, ok = t.(Named)
	fmt.Println(ok)

	fmt.Println(Join([]fmt.Stringer{s, t}), Join([]Tag{"a", "b"}))

	var m sync.Map
	m.Store(Tag("k"), s)
	m.Store(s, t)
	v, _ := m.Load(Tag("k"))
	fmt.Printf("%v %T\n", v, v)
	v2, ok := m.Load(User{"Ada", "L"})
	fmt.Println(v2, ok)
	m.Range(func(k, v any) bool {
		if _, isTag := k.(Tag); isTag {
			fmt.Println("tag key", k, v)
		}
		return true
	})

	ctx := context.WithValue(context.Background(), ctxKey(1), t)
	ctx = context.WithValue(ctx, fmt.Stringer(ctxKey(2)), "two")
	fmt.Println(ctx.Value(ctxKey(1)), ctx.Value(ctxKey(2)), ctx.Value(ctxKey(3)))
}
