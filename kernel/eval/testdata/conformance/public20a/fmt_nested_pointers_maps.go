package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	ID    int
	In    Inner
	InP   *Inner
	M     map[string]int
	S     []Inner
	E     error
	Any   interface{}
	F     func()
	Ch    chan int
	Arr   [2]bool
	bytes []byte
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Temps struct {
	Now  Celsius
	Hist []Celsius
	ByC  map[string]Celsius
}

func main() {
	o := Outer{
		ID:    7,
		In:    Inner{"a", []string{"x", "y"}},
		M:     map[string]int{"z": 26, "a": 1, "m": 13},
		S:     []Inner{{"b", nil}, {"c", []string{}}},
		E:     errors.New("boom"),
		Any:   map[int][]string{2: {"two"}, 1: {"one"}},
		Arr:   [2]bool{true, false},
		bytes: []byte("hi"),
	}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Println(o.InP == nil, o.F == nil, o.Ch == nil)
	pp := &o.In
	ppp := &pp
	fmt.Printf("%v %+v\n", *pp, **ppp)
	fmt.Printf("%v\n", []*int{nil})
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v\n", o.S)
	fmt.Printf("%#v\n", o.Arr)
	fmt.Printf("%#v\n", o.bytes)
	fmt.Printf("%#v %#v\n", []string(nil), map[string]int(nil))
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%#v %#v %#v\n", 3.0, float32(2.5), int8(-3))
	fmt.Printf("%#v %#v\n", uint(7), uintptr(9))
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	fmt.Printf("%#v\n", Celsius(3))
	t := Temps{Now: 21.5, Hist: []Celsius{1, 2.25}, ByC: map[string]Celsius{"b": 3, "a": -1}}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%s\n", t)
	fmt.Printf("%d\n", t)
	fmt.Println(t.Hist, t.ByC)
	nested := map[string]map[string][]int{"b": {"y": {2}, "x": {1}}, "a": {"k": nil}}
	fmt.Println(nested)
	fmt.Printf("%v\n", [][]string{{"a"}, {}, nil, {"b", "c"}})
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("%5d|\n", []int{1, 22, 333})
	fmt.Printf("%05.1f\n", []float64{1.25, -2.5})
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, ip)
	fmt.Printf("%s\n", e)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, 4))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", "y"), fmt.Sprint(errors.New("e"), 5))
}
