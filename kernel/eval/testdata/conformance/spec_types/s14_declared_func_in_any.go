package main

import "fmt"

type Level int

func lv(l Level) Level { return l * 2 }

func is(x any) bool {
	_, ok := x.(func(Level) Level)
	return ok
}

func main() {
	var b any
	b = lv
	fmt.Println(is(b), is(lv))
	fs := []any{lv}
	fs = append(fs, lv)
	fmt.Println(is(fs[0]), is(fs[1]))
	m := map[string]any{"a": lv}
	fmt.Println(is(m["a"]))
	switch b.(type) {
	case func(int) int:
		fmt.Println("int")
	case func(Level) Level:
		fmt.Println("Level")
	}
}
