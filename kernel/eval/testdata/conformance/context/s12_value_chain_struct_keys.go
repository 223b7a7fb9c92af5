package main

import (
	"context"
	"fmt"
	"strings"
)

type key struct{ name string }

type Span struct {
	Name   string
	Parent *Span
}

func (s *Span) Path() string {
	var parts []string
	for p := s; p != nil; p = p.Parent {
		parts = append([]string{p.Name}, parts...)
	}
	return strings.Join(parts, "/")
}

var spanKey = key{"span"}

func StartSpan(ctx context.Context, name string) (context.Context, *Span) {
	parent, _ := ctx.Value(spanKey).(*Span)
	s := &Span{name, parent}
	return context.WithValue(ctx, spanKey, s), s
}

func work(ctx context.Context, depth int, out *[]string) {
	ctx, s := StartSpan(ctx, fmt.Sprintf("work%d", depth))
	*out = append(*out, s.Path())
	if depth < 3 {
		work(ctx, depth+1, out)
	}
}

type Settings map[string]string

func main() {
	ctx, root := StartSpan(context.Background(), "root")
	var paths []string
	work(ctx, 1, &paths)
	fmt.Println(paths, root.Path())
	fmt.Println(ctx.Value(key{"span"}) == root, ctx.Value(key{"other"}), ctx.Value("span"))
	ctx = context.WithValue(ctx, key{"settings"}, Settings{"mode": "fast"})
	s, ok := ctx.Value(key{"settings"}).(Settings)
	fmt.Println(s["mode"], ok)
	fmt.Println(fmt.Sprint(ctx) != "")
	type localKey int
	ctx2 := context.WithValue(ctx, localKey(1), []int{1, 2})
	fmt.Println(ctx2.Value(localKey(1)), ctx2.Value(1), ctx2.Value(spanKey).(*Span).Name)
}
