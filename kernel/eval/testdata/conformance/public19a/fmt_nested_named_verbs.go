package main

import "fmt"

type Celsius float64
type Temps []Celsius
type Name string
type ID uint16

type Point struct {
	X, Y int
}

type Labeled struct {
	Name  Name
	ID    ID
	P     Point
	PP    *Point
	Tags  []string
	Attrs map[string]int
	T     Temps
	Any   any
}

type Grid [2][2]int8

func main() {
	l := Labeled{
		Name:  "alpha",
		ID:    0x2a,
		P:     Point{1, 2},
		PP:    nil,
		Tags:  []string{"a", "b c"},
		Attrs: map[string]int{"z": 1, "a": 2},
		T:     Temps{1.5, -2},
		Any:   Point{3, 4},
	}
	fmt.Printf("%v\n", l)
	fmt.Printf("%+v\n", l)
	fmt.Printf("%#v\n", l)
	fmt.Printf("%T %T %T %T\n", l, l.Name, l.T, l.Any)
	fmt.Printf("%q\n", l.Tags)
	fmt.Printf("%x %X\n", l.Name, l.Tags)
	fmt.Printf("%d %x %o %b\n", l.ID, l.ID, l.ID, l.ID)
	fmt.Printf("%v %.1f %6.2f|\n", l.T, l.T, l.T)
	var g Grid
	g[1][0] = -3
	fmt.Printf("%v %+v %#v %T\n", g, g, g, g)
	pp := &Point{5, 6}
	fmt.Printf("%v %+v\n", pp, pp)
	ppp := &pp
	fmt.Printf("%T\n", ppp)
	var e error
	fmt.Printf("%v %+v %#v %T\n", e, e, e, e)
	var ip *int
	fmt.Printf("%v %#v\n", ip, ip)
	fmt.Printf("%#v %#v %#v\n", Name("x"), ID(7), Celsius(2))
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, Point{}, (*Point)(nil)})
	fmt.Printf("%#v\n", map[Name]ID{"b": 2, "a": 1})
	fmt.Printf("%v\n", struct {
		A []byte
		B [3]byte
	}{[]byte("hi"), [3]byte{1, 2, 3}})
	fmt.Printf("%s %q %x\n", []byte("hey"), []byte("hey"), []byte("hey"))
	fmt.Printf("%#x % x %#X\n", "hi", "hi", []byte{1, 171})
	fmt.Printf("%5.2q|%-8q|%+q\n", "abc", "d", "é")
	fmt.Printf("%c %U %#U %q\n", 'λ', 'λ', 'λ', 'λ')
	fmt.Printf("%08.3f|%-8.2e|%+g|%G\n", 3.14159, 1234.5678, 1e21, 1e-7)
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1))
}
