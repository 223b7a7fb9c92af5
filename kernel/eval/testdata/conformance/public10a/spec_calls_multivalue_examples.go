package main

import (
	"fmt"
)

func Split(s string, pos int) (string, string) { return s[0:pos], s[pos:] }

func Join(s, t string) string { return s + t }

func pair() (int, string) { return 7, "seven" }

func triple() (a, b, c int) { return 1, 2, 3 }

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func describe(n int, s string) string { return fmt.Sprint(n, "=", s) }

type Pt struct{ x, y int }

func (p Pt) Add(dx, dy int) Pt { return Pt{p.x + dx, p.y + dy} }

func delta() (int, int) { return 2, 3 }

func forward() (int, string) { return pair() }

func main() {
	value := "gopher"
	fmt.Println(Join(Split(value, len(value)/2)) == value, Join(Split(value, 2)))
	fmt.Println(pair())
	fmt.Println(describe(pair()))
	fmt.Println(sum(triple()))
	fmt.Println(Pt{1, 1}.Add(delta()))
	fmt.Println(forward())
	a, b := Split("hello", 3)
	fmt.Println(a, b)
	m := map[int]string{}
	k, v := pair()
	m[k] = v
	fmt.Println(m)
	var f func() (int, int, int) = triple
	fmt.Println(f())
	fmt.Println(max(delta()), min(triple()))
}
