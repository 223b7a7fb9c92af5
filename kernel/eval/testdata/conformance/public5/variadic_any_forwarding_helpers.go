package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

type Point struct{ X, Y int }

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Debug(args ...any) { l.Logf("%s", fmt.Sprint(args...)) }

func wrapErr(op string, args ...any) error {
	return fmt.Errorf(op+": %w", errors.New(fmt.Sprintln(args...)))
}

func join[T any](sep string, vs ...T) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, sep)
}

func toAny[T any](vs []T) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func outer(args ...any) string { return inner(append([]any{"outer"}, args...)...) }
func inner(args ...any) string { return fmt.Sprint(args...) }

func main() {
	l := &Logger{prefix: "[app] "}
	l.Logf("moved to %v, color %v, %d steps", Point{1, 2}, Color(1), 3)
	l.Logf("%+v %s", Point{3, 4}, Color(0))
	l.Debug(Point{5, 6}, " ", Color(1))
	fmt.Println(strings.Join(l.lines, "\n"))
	fmt.Print(wrapErr("save", Point{7, 8}, Color(0)))
	fmt.Println(join(", ", Point{1, 1}, Point{2, 2}), join("|", Color(0), Color(1)))
	fmt.Println(toAny([]Point{{9, 9}}), toAny([]Color{1}))
	fmt.Printf("%v and %v\n", toAny([]Point{{1, 0}, {0, 1}})...)
	fmt.Println(outer(Point{2, 3}, Color(1)))
	std := log.New(os.Stdout, "std: ", 0)
	std.Printf("%v %v", toAny([]Color{0, 1})...)
	std.Println(Point{4, 4}, Color(0))
}
