package main

import (
	"fmt"
	"strings"
)

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }
func (i ID) String() string   { return fmt.Sprintf("#%d", int(i)) }

type Vec struct{ X, Y float64 }

func (v *Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Matrix struct {
	rows [][]float64
}

func (m Matrix) Format(f fmt.State, c rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	var parts []string
	for _, r := range m.rows {
		var cells []string
		for _, x := range r {
			cells = append(cells, fmt.Sprintf("%.*f", prec, x))
		}
		parts = append(parts, strings.Join(cells, " "))
	}
	sep := "; "
	if f.Flag('#') {
		sep = "\n"
	}
	fmt.Fprintf(f, "[%s]", strings.Join(parts, sep))
}

type Item struct {
	ID   ID
	Pos  Vec
	PPos *Vec
	M    Matrix
	Tags []ID
}

type errT struct{ code int }

func (e errT) Error() string { return fmt.Sprintf("err %d", e.code) }

func main() {
	it := Item{ID: 7, Pos: Vec{1, 2}, PPos: &Vec{3, 4}, M: Matrix{[][]float64{{1, 2}, {3, 4}}}, Tags: []ID{1, 2}}
	fmt.Printf("%v\n", it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%s\n", it.Tags)
	fmt.Printf("%#v\n", it.Tags)
	fmt.Printf("%#v %v %d\n", it.ID, it.ID, it.ID)
	fmt.Printf("%.3v|%#v|%v\n", it.M, it.M, &it.M)
	fmt.Println(it.Pos, &it.Pos, it.PPos)
	fmt.Println([]*Vec{{5, 6}}, []Vec{{7, 8}}, map[ID]*Vec{3: {1, 1}})
	fmt.Println(errT{4}, []error{errT{5}, nil}, map[string]error{"e": errT{6}})
	fmt.Printf("%v %s %q %x\n", errT{1}, errT{2}, errT{3}, errT{4})
	var s fmt.Stringer = ID(9)
	fmt.Printf("%v %#v %T\n", s, s, s)
	fmt.Printf("%08.3f|%-8v|%8v|\n", 3.14159, ID(3), ID(4))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, ID(1)))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Printf("%v %+v\n", struct {
		A *int
		B any
		C []string
		D map[int]bool
	}{}, struct{ E error }{})
}
