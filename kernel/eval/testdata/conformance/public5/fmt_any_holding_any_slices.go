package main

import "fmt"

type P struct {
	Name string
	Age  int
}

type S struct{ V int }

func (s S) String() string { return fmt.Sprintf("S<%d>", s.V) }

func main() {
	var boxed any = []any{P{"z", 26}, 3, S{4}}
	fmt.Println(boxed)
	fmt.Printf("%v %+v\n", boxed, boxed)
	var m any = map[string]any{"k": []any{P{"y", 1}}, "s": S{5}}
	fmt.Println(m)
	var arr any = [2]any{S{1}, P{"a", 2}}
	fmt.Println(arr)
	s := fmt.Sprint(boxed)
	fmt.Println(s, len(s))
}
