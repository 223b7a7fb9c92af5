package main

import "fmt"

type Code int
type Level string

func pair() (Code, Level) { return 1, "x" }

func named() (r any) {
	r = Code(5)
	return
}

func Wrap[T any](v T) []T { return []T{v} }

func main() {
	var a, b any = pair()
	fmt.Printf("%T %T\n", a, b)
	var c, d any
	c, d = Code(2), Level("y")
	fmt.Printf("%T %T\n", c, d)
	c, d = pair()
	fmt.Printf("%T %T\n", c, d)
	fmt.Printf("%T\n", named())
	w := Wrap[any](Code(3))
	fmt.Printf("%T %T\n", w, w[0])
	e := any(Code(4))
	fmt.Printf("%T\n", e)
	arr := [...]any{Code(1), 1}
	fmt.Println(arr[0] == arr[1])
	m := map[Level]any{}
	m["k"], m["j"] = Code(1), Level("v")
	fmt.Printf("%T %T\n", m["k"], m["j"])
}
