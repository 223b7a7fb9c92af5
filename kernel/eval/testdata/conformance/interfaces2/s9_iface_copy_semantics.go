package main

import (
	"fmt"
	"sort"
)

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type N int

func (n N) String() string { return fmt.Sprint("n", int(n)) }

type Arr [3]int

func (a Arr) String() string { return fmt.Sprint("arr", a[0], a[1], a[2]) }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

func main() {
	p := Pt{1, 2}
	var s fmt.Stringer = p
	p.X = 9
	fmt.Println(s, p)

	n := N(1)
	var sn fmt.Stringer = n
	n++
	fmt.Println(sn, n)

	a := Arr{1, 2, 3}
	var sa fmt.Stringer = a
	a[0] = 7
	fmt.Println(sa, a)

	ss := []fmt.Stringer{p, n, a}
	p.Y, n, a[1] = 0, 0, 0
	fmt.Println(ss)

	m := map[string]fmt.Stringer{}
	for i := 0; i < 3; i++ {
		m[fmt.Sprint(i)] = N(i)
		m[fmt.Sprint("p", i)] = Pt{i, i}
	}
	fmt.Println(m)

	names := Names{"c", "a", "b"}
	var si sort.Interface = names
	sort.Sort(si)
	fmt.Println(names, si)

	var arr [2]fmt.Stringer
	for i := range arr {
		v := Pt{i, -i}
		arr[i] = v
		v.X = 100
	}
	fmt.Println(arr)
}
