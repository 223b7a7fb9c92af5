package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t T) Show(prefix string, xs ...int) string { return fmt.Sprint(prefix, t.n, xs) }
func (t *T) Bump(by int) *T                      { t.n += by; return t }

type Shower interface {
	Show(string, ...int) string
}

func three() (int, string, string) { return 1, "a", "b" }
func pair() (string, int)          { return "p", 2 }
func ints() (int, int, int)        { return 7, 8, 9 }

func variadic(n int, rest ...string) string { return fmt.Sprint(n, rest, len(rest)) }
func allInts(xs ...int) int                 { return len(xs) }
func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int { return func(c int) int { return a*100 + b*10 + c } }
}
func getT() T                 { return T{5} }
func getMap() map[string]T    { return map[string]T{"k": {6}} }
func getSlice() []string      { return []string{"x", "y"} }
func getFn() func(...int) int { return allInts }
func getShower() Shower       { return T{9} }

func main() {
	fmt.Println(variadic(three()))
	fmt.Println(allInts(ints()))
	t := T{1}
	fmt.Println(t.Show(pair()))
	fmt.Println(getT().Show("val", 1))
	fmt.Println(getMap()["k"].Show("map"))
	fmt.Println(getSlice()[1], len(getSlice()), getSlice()[1:])
	fmt.Println(curry(1)(2)(3))
	fmt.Println(getFn()(1, 2, 3), getFn()(ints()))
	fmt.Println(Shower.Show(getShower(), "mexpr", []int{4, 5}...))
	fmt.Println((&t).Bump(2).Bump(3).n, t.n)
	show := getShower().Show
	fmt.Println(show("bound", 1, 2))
	fmt.Println(strings.ToUpper(getSlice()[0]), fmt.Sprint(ints()))
	sum := func(a, b, c int) int { return a + b + c }
	fmt.Println(sum(ints()))
	ch := make(chan string, 1)
	ch <- strings.Repeat(pair())
	fmt.Println(<-ch)
	arr := [3]func() int{func() int { return 1 }, func() int { return 2 }}
	fmt.Println(arr[0]()+arr[1](), arr[2] == nil)
	m := map[string]func(...int) int{"count": allInts}
	fmt.Println(m["count"](ints()), m["count"]())
}
