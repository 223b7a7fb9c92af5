package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Logger struct{ prefix string }

func (l Logger) Log(parts ...any) { fmt.Println(append([]any{l.prefix}, parts...)...) }

func closeAll(names ...string) {
	for _, n := range names {
		fmt.Println("close", n)
	}
}

func handle(tags ...string) {
	if r := recover(); r != nil {
		fmt.Println("recovered", r, "tags", strings.Join(tags, ","))
	}
}

func work() {
	tags := []string{"a", "b"}
	defer handle(tags...)
	tags[0] = "mutated"
	panic("boom")
}

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func main() {
	work()
	lg := Logger{"[log]"}
	args := []any{"x", 1, true}
	lg.Log(args...)
	defer lg.Log(args...)
	args[0] = "changed"
	files := []string{"a.txt", "b.txt"}
	defer closeAll(files...)
	defer fmt.Fprintln(os.Stdout, []any{"fprint", 2}...)
	defer fmt.Println([]any{"println", 3}...)
	fmt.Println(sum(), sum(nil...), sum([]int{1, 2, 3}...))
	fmt.Println(firstErr(nil...), firstErr(nil, errors.New("second")))
	fmt.Println(append([]string{"k"}, nil...), len(append([]byte("ab"), "cd"...)))
	fmt.Println(nil...)
	fmt.Println(strings.NewReplacer(nil...).Replace("same"))
	defer func(xs ...int) { fmt.Println("lit", xs, xs == nil, sum(xs...)) }(nil...)
	nums := []int{4, 5}
	defer func(xs ...int) { fmt.Println("lit2", xs) }(nums...)
	nums[1] = 50
	fmt.Println("end of main")
}
