package main

import (
	"fmt"
	"strings"
)

func Source[T any](xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			out <- x
		}
	}()
	return out
}

func Stage[In, Out any](in <-chan In, f func(In) (Out, bool)) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			if r, ok := f(v); ok {
				out <- r
			}
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

type Line struct {
	No   int
	Text string
}

func main() {
	log := []string{"INFO start", "WARN disk 91%", "", "ERROR db down", "INFO ok", "ERROR timeout"}
	numbered := make([]Line, len(log))
	for i, l := range log {
		numbered[i] = Line{i + 1, l}
	}
	errs := Stage(Source(numbered...), func(l Line) (Line, bool) {
		return l, strings.HasPrefix(l.Text, "ERROR")
	})
	msgs := Stage(errs, func(l Line) (string, bool) {
		return fmt.Sprintf("#%d:%s", l.No, strings.TrimPrefix(l.Text, "ERROR ")), true
	})
	fmt.Println(Collect(msgs))
	lens := Collect(Stage(Source("a", "bb", "", "dddd"), func(s string) (int, bool) { return len(s), s != "" }))
	fmt.Println(lens)
}
