package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type I interface{ M() string }
type A struct{ n int }

func (a A) M() string { return fmt.Sprint("A", a.n) }

type B struct{ *A }
type C struct{ I }
type D struct {
	A
	B2 B
}
type Num int

func (n Num) M() string { return "num" }

type F func() string

func (f F) M() string { return f() }

type Arr [2]int

func (a Arr) M() string     { return fmt.Sprint(a[0] + a[1]) }
func (a *Arr) Set(i, v int) { a[i] = v }

type Sl []int

func (s Sl) M() string { return fmt.Sprint(len(s)) }

type E1 struct{}

func (E1) Error() string { return "e1" }

type E2 struct{ e error }

func (e E2) Error() string { return "e2:" + e.e.Error() }
func (e E2) Unwrap() error { return e.e }

func gen() (int, string)                    { return 1, "x" }
func takes(a int, s string) string          { return fmt.Sprint(a, s) }
func variadic(pre string, xs ...int) string { return fmt.Sprint(pre, len(xs), xs == nil, xs) }

func main() {
	var is []I = []I{A{1}, B{&A{2}}, C{A{3}}, Num(4), F(func() string { return "f" }), Arr{2, 3}, Sl{1, 2}, &A{5}, D{A: A{6}}}
	for _, i := range is {
		fmt.Print(i.M(), " ")
	}
	fmt.Println()
	arr := Arr{1, 1}
	arr.Set(0, 5)
	var im I = arr
	arr.Set(1, 5)
	fmt.Println(im.M(), arr.M())
	fmt.Println(takes(gen()))
	fmt.Println(variadic("a"), variadic("b", 1), variadic("c", []int{}...), variadic("d", nil...))
	err := E2{E2{E1{}}}
	var e1 E1
	fmt.Println(errors.As(err, &e1), errors.Is(err, E1{}), err)
	x := 10
	p := &x
	pp := &p
	**pp = 20
	fmt.Println(x, *p == **pp)
	s := "hello"
	bs := []byte(s)
	bs[0] = 'j'
	fmt.Println(s, string(bs))
	fmt.Println(strings.Compare("a", "b"), "a" < "b", "Z" < "a", "" < "a", "ab" > "a")
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"x", 3}, {"y", 1}, {"z", 2}}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v < kvs[j].v })
	fmt.Println(kvs)
	var iface any = kvs[0]
	if v, ok := iface.(kv); ok {
		fmt.Println("kv", v.k)
	}
	ch := make(chan int, 3)
	for i := range 3 {
		ch <- i
	}
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)
	var m map[string][]int
	fmt.Println(m["x"], len(m["x"]), append(m["x"], 1))
	a2 := [...]string{2: "c", 0: "a"}
	fmt.Println(len(a2), a2, fmt.Sprintf("%q", a2))
	sl := []int{5: 1, 2, 1: 9}
	fmt.Println(sl, len(sl))
	const big = 1 << 40
	fmt.Println(big/1024, float64(big), big>>38)
	var u8 uint8 = 255
	fmt.Println(u8+1 == 0, ^u8, -u8, u8<<1)
	var i8 int8 = -128
	fmt.Println(-i8, i8-1, ^i8)
	r := []rune("abc")
	r = append(r, 'δ')
	fmt.Println(string(r), len(string(r)))
	fmt.Println(strings.Fields(" a  b "), len(strings.Split("a,b,", ",")))
	lbl := 0
	func() {
		defer func() { lbl++ }()
		lbl = 10
	}()
	fmt.Println(lbl)
	type T struct{ a, b int }
	ts := map[T]string{{1, 2}: "x"}
	fmt.Println(ts[T{1, 2}], ts[T{2, 1}] == "")
	var fn func(int) int
	fmt.Println(fn == nil)
	fn = func(n int) int { return n * 2 }
	fmt.Println(fn(21))
	matrix := [][]int{{1, 2, 3}, {4, 5, 6}}
	t := make([][]int, 3)
	for i := range t {
		t[i] = make([]int, 2)
		for j := range t[i] {
			t[i][j] = matrix[j][i]
		}
	}
	fmt.Println(t)
	fmt.Printf("%v %v\n", struct{}{}, []struct{}{{}, {}})
	fmt.Printf("%d %s\n", Num(3), Num(3))
	fmt.Println(Num(3), F(func() string { return "ff" }).M())
	fmt.Printf("%v|%s|%d\n", Arr{1, 2}, Sl{1}, Sl{2, 3})
}
