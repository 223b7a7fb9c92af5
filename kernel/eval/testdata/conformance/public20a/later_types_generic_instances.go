package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
)

func AsType[T error](err error) (T, bool) {
	var target T
	ok := errors.As(err, &target)
	return target, ok
}

func Methods[T any]() int {
	var p *T
	return reflect.TypeOf(p).NumMethod()
}

func SortAll[S sort.Interface](s S) S {
	sort.Sort(s)
	return s
}

func Describe[T fmt.Stringer](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, fmt.Sprint(x))
	}
	return out
}

func main() {
	err := fmt.Errorf("wrap: %w", &NotFound{"k"})
	nf, ok := AsType[*NotFound](err)
	fmt.Println(ok, nf)
	fmt.Println(Methods[NotFound](), Methods[Level]())
	fmt.Println(SortAll(Levels{3, 1, 2}))
	fmt.Println(Describe([]Level{1, 2}))
}

type NotFound struct{ K string }

func (n *NotFound) Error() string { return "nf " + n.K }

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }
func (l *Level) Set(v int)     { *l = Level(v) }

type Levels []Level

func (l Levels) Len() int           { return len(l) }
func (l Levels) Less(i, j int) bool { return l[i] < l[j] }
func (l Levels) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }
