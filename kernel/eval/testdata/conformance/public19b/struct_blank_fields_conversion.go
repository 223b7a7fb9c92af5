package main

import (
	"fmt"
	"unsafe"
)

type Header struct {
	Magic uint16
	_     uint16
	Size  uint32
	_     [2]byte
}

type Celsius struct {
	Deg float64 `json:"c"`
}
type Fahrenheit struct {
	Deg float64 `json:"f"`
}

type A struct {
	X int
	Y string
}
type B A

func (b B) Show() string { return fmt.Sprintf("B(%d,%s)", b.X, b.Y) }

type Empty struct{}

func main() {
	h1 := Header{Magic: 1, Size: 10}
	h2 := Header{Magic: 1, Size: 10}
	fmt.Println(h1 == h2, h1)
	fmt.Printf("%+v %#v\n", h1, h1)
	fmt.Println(unsafe.Sizeof(h1), unsafe.Sizeof(Empty{}), unsafe.Sizeof([0]int{}))
	c := Celsius{100}
	f := Fahrenheit(c)
	fmt.Println(f, f.Deg)
	a := A{1, "a"}
	b := B(a)
	fmt.Println(b.Show(), A(b) == a)
	ptrB := (*B)(&a)
	ptrB.X = 42
	fmt.Println(a, ptrB.Show())
	anon := struct {
		X int
		Y string
	}{3, "c"}
	a = anon
	b = B(anon)
	fmt.Println(a, b, anon == struct {
		X int
		Y string
	}(a))
	e1, e2 := Empty{}, Empty{}
	fmt.Println(e1 == e2, fmt.Sprint(e1), [2]Empty{})
	set := map[string]Empty{"a": {}}
	_, ok := set["a"]
	fmt.Println(ok, len(set))
	type point struct{ x, y int }
	pts := []point{{1, 2}, {3, 4}}
	pp := &pts[1]
	pts = append(pts, point{5, 6})
	pp.x = 99
	fmt.Println(pts[1].x == 99 || pts[1].x == 3, pp.x)
	var arr [3]struct{ v int }
	for i := range arr {
		arr[i].v = i * i
	}
	fmt.Println(arr)
	nested := struct {
		Inner struct{ A, B int }
		List  []struct{ N string }
	}{}
	nested.Inner.A = 5
	nested.List = append(nested.List, struct{ N string }{"n1"})
	fmt.Printf("%+v\n", nested)
	type Temp float64
	temps := []Temp{1.5, 2.5}
	fl := make([]float64, len(temps))
	for i, t := range temps {
		fl[i] = float64(t)
	}
	fmt.Println(fl)
	var iface any = a
	a.X = 1000
	fmt.Println(iface.(A).X, a.X)
	arrI := [2]int{1, 2}
	var ai any = arrI
	arrI[0] = 50
	fmt.Println(ai, arrI)
}
