package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) (total int) {
	for _, n := range nums {
		total += n
	}
	return
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func describe(prefix string, vals ...any) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

type Logger struct{ lines []string }

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func apply[T any](v T, fns ...func(T) T) T {
	for _, f := range fns {
		v = f(v)
	}
	return v
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	mutate(nums...)
	fmt.Println(nums)
	mutate(1, 2)
	fmt.Println(join(", ", "a", "b"), join("-"), join("+", strings.Fields("x y z")...))
	fmt.Println(describe("none"), describe("one", nil), describe("many", 1, "a", []int{2}))
	var anys []any
	fmt.Println(describe("nil slice", anys...), describe("wrapped", anys))
	strs := []string{"p", "q"}
	as := make([]any, len(strs))
	for i, s := range strs {
		as[i] = s
	}
	fmt.Println(describe("converted", as...))
	var l Logger
	l.Logf("plain")
	l.Logf("%d-%s", 1, "x")
	l.Logf("%v", []any{1, 2}...)
	fmt.Println(l.lines)
	fmt.Println(apply(3, func(i int) int { return i + 1 }, func(i int) int { return i * 10 }), apply("s"))
	f := fmt.Sprintln
	fmt.Print(f("via", "value", 1))
	var fns []func(...int) int
	fns = append(fns, sum, func(xs ...int) int { return len(xs) })
	for _, fn := range fns {
		fmt.Print(fn(1, 2, 3), " ")
	}
	fmt.Println()
	fmt.Println(append([]byte("ab"), "cd"...), string(append([]byte(nil), "x"...)))
}
