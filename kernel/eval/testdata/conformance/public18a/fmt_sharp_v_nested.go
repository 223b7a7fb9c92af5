package main

import "fmt"

type Inner struct {
	N  int
	S  []string
	M  map[string]int
	P  *int
	If interface{}
}

type Outer struct {
	Name  string
	In    Inner
	Ins   []Inner
	Ptr   *Inner
	Arr   [2]bool
	F     float64
	U     uint8
	R     rune
	B     []byte
	Any   any
	Err   error
	Fn    func()
	Ch    chan int
	Emb   struct{ X, Y int }
	Bytes [3]byte
}

type MyInt int
type MyStr string
type MySlice []MyInt
type MyMap map[MyStr]MyInt

func main() {
	o := Outer{
		Name: "o",
		In:   Inner{N: 1, S: []string{"a", "b"}, M: map[string]int{"z": 1, "a": 2}},
		Ins:  []Inner{{N: 2}, {If: 3.5}},
		Arr:  [2]bool{true, false},
		F:    2,
		U:    7,
		R:    'x',
		B:    []byte("hi"),
		Any:  MyInt(4),
		Emb:  struct{ X, Y int }{1, 2},
	}
	fmt.Printf("%#v\n", o)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%v\n", o.Ins)
	fmt.Printf("%#v %#v %#v\n", MyInt(3), MyStr("s"), MySlice{1, 2})
	fmt.Printf("%#v\n", MyMap{"b": 2, "a": 1})
	fmt.Printf("%#v %#v %#v\n", []interface{}{1, "a", nil, 2.5, MyInt(1)}, [0]int{}, []int(nil))
	fmt.Printf("%#v %#v\n", map[int]bool(nil), struct{}{})
	fmt.Printf("%#v %#v %#v %#v\n", int8(-3), uint(3), uintptr(9), 1e6)
	fmt.Printf("%#v %#v %#v\n", float32(0.1), complex64(1+2i), 'a')
	fmt.Printf("%#x %#o %#b %#X\n", 255, 8, 5, []byte{1, 171})
	type local struct{ A *int }
	fmt.Printf("%#v\n", local{})
	fmt.Printf("%#v\n", &local{})
	fmt.Printf("%v %+v\n", &o.In, &[]int{1})
}
