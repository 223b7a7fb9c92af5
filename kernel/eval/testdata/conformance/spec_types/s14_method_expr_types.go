package main

import "fmt"

type T struct{ n int }

func (t T) Add(x int) int { return t.n + x }
func (t *T) Set(x int)    { t.n = x }

func main() {
	add := T.Add
	set := (*T).Set
	padd := (*T).Add
	t := T{1}
	set(&t, 5)
	fmt.Println(add(t, 2), padd(&t, 3))
	fmt.Printf("%T\n%T\n%T\n", add, set, padd)
	var f func(T, int) int = add
	fmt.Println(f(T{10}, 1))
	mv := t.Add
	fmt.Printf("%T %d\n", mv, mv(1))
	var a any = add
	_, ok := a.(func(T, int) int)
	fmt.Println(ok)
	_, ok = a.(func(int) int)
	fmt.Println(ok)
}
