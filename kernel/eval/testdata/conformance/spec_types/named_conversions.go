package main

import "fmt"

type Meters float64
type Feet float64
type Bytes []byte
type Str string
type Pair struct{ A, B int }
type Pair2 struct{ A, B int }

func main() {
	m := Meters(3)
	f := Feet(m * 3.28084)
	fmt.Printf("%.2f %T\n", f, f)
	b := Bytes("hi")
	s := Str(b)
	fmt.Println(len(b), s, string(b) == string(s))
	p := Pair{1, 2}
	q := Pair2(p)
	fmt.Printf("%v %T\n", q, q)
	var r []byte = b
	fmt.Println(r)
	type Local int
	l := Local(7)
	fmt.Printf("%v %T\n", l, l)
}
