package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Values of defined types where Go accepts them: aliases, conversions,
// untyped constants and shifts, comparisons, generics over ~int.
type Celsius int
type A = int
type B = Celsius
type Flag bool
type Name string
type Dur time.Duration
type Weekday int

const (
	Sun Weekday = iota
	Mon
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

type Number interface{ ~int | ~float64 }

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T ~int](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Temps []Celsius

func (t Temps) Len() int           { return len(t) }
func (t Temps) Less(i, j int) bool { return t[i] < t[j] }
func (t Temps) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }

func main() {
	var a A = 3
	var i int = a
	var b B = Celsius(4)
	var c Celsius = b
	var f Flag = i > 2
	var g Flag = c == b
	n := Name("x")
	var s string = string(n) + strings.ToUpper("y")
	var d Dur = Dur(time.Second)
	var td time.Duration = time.Duration(d)
	var w Weekday = Mon
	fmt.Println(a, i, b, c, f, g, n, s, d, td, w, Sun)
	fmt.Println(Max(c, b), Max(2.5, 1.0), Sum([]Celsius{1, 2, 3}), Sum([]int{4}))
	fmt.Println(Map([]Celsius{1, 2}, func(x Celsius) string { return fmt.Sprint(int(x)) }))
	t := Temps{3, 1, 2}
	sort.Sort(t)
	fmt.Println(t)
	ch := make(chan Celsius, 1)
	ch <- c
	<-ch
	ch <- 5 - 4
	m := map[Celsius]Name{c: "c"}
	m[b] = n
	var x, y = c, i
	x += 1
	fmt.Println(len(ch), m, x, y)
	var st fmt.Stringer = w
	var e any = c
	fmt.Println(st, e)
	switch c {
	case 4:
		fmt.Println("four")
	}
	bs := []byte("hi")
	var by byte = bs[0]
	var r rune = 'x'
	var i32 int32 = r
	var u8 uint8 = by
	fmt.Println(by, i32, u8, time.Duration(3)*time.Second)
	var dd time.Duration = 2 * time.Second
	dd += time.Duration(i) * time.Millisecond
	fmt.Println(dd)
}

func init() {
	k := 3
	var c Celsius = 1 << k
	c = c << 1
	c = c >> k
	var n Name = "a" + "b"
	n += "c"
	var f Flag = !true
	var g Flag = 1 < 2 && 3 > 2
	x := 5
	var h Flag = x > 2 || false
	var j Flag = !h
	type Mask uint8
	var m Mask = 1<<k | 1
	var fl float64 = float64(c) * 1.5
	type Ratio float64
	var r Ratio = 1 / 3.0
	var r2 Ratio = r * 2
	var dd time.Duration = 5
	dd = time.Duration(c) * dd
	fmt.Println(c, n, f, g, h, j, m, fl, r, r2, dd, Celsius(len(n)))
	ps := map[Name]int{"a": 1}
	ps["b"]++
	fmt.Println(ps)
}
