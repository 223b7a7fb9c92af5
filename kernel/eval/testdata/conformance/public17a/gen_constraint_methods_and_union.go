package main

import (
	"fmt"
	"strings"
)

type StringerInt interface {
	~int | ~int64
	String() string
}

type Code int

func (c Code) String() string { return fmt.Sprintf("C%03d", int(c)) }

type Big int64

func (b Big) String() string { return fmt.Sprintf("B(%d)", int64(b)) }

func JoinAll[T StringerInt](xs []T, sep string) string {
	parts := make([]string, len(xs))
	var total T
	for i, x := range xs {
		parts[i] = x.String()
		total += x
	}
	return strings.Join(parts, sep) + " total=" + total.String()
}

func main() {
	fmt.Println(JoinAll([]Code{1, 22, 333}, ","))
	fmt.Println(JoinAll([]Big{5, 6}, "+"))
}
