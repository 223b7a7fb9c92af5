package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

type St struct{}

func (*St) String() string { return "St!" }

type Pan struct{}

func (Pan) String() string { panic("boom") }

type NilOK struct{ x *int }

func (n *NilOK) String() string {
	if n == nil {
		return "nil NilOK"
	}
	return "NilOK"
}

type Bad struct{}

func (b *Bad) String() string { return fmt.Sprint(*b.p()) }
func (b *Bad) p() *int        { return nil }

func main() {
	var p *T
	var m map[string]int
	var f func()
	var s []int
	var i interface{}
	var c chan int
	var e error
	fmt.Printf("%v %v %v %v %v %v %v\n", p, m, f == nil, s, i, c, e)
	fmt.Printf("%+v %#v %#v %#v %#v %#v\n", p, p, m, s, i, c)
	fmt.Printf("%d %s %x\n", s, m, p)
	fmt.Println(p, m, s, i, c, e)
	var st *St
	fmt.Println(st)
	fmt.Printf("%s|%v\n", st, st)
	fmt.Println(Pan{})
	fmt.Printf("%s|%d\n", Pan{}, Pan{})
	var no *NilOK
	fmt.Println(no, &NilOK{})
	var b *Bad
	fmt.Println(b)
	fmt.Println(&Bad{})
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z %-z\n", 3, "x")
	fmt.Printf("%[2]d %[1]d %[3]d\n", 1, 2)
	fmt.Printf("%.*d|%*d|%-*d|\n", 3, 7, 5, 8, 4, 9)
	fmt.Printf("%*d\n", "x", 3)
	fmt.Println(fmt.Errorf("w %w and %w", errors.New("a"), errors.New("b")))
	fmt.Println(fmt.Errorf("bad %w", "str"))
	fmt.Printf("%v %T\n", nil, nil)
	fmt.Printf("%t %t %v\n", true, 3, false)
	fmt.Printf("%08.3f|%-8.2e|%+g|% g|%G\n", 3.14159, 1234.5678, 2.5, 1e21, 1e-7)
	fmt.Printf("%x %X %o %O %b %c %U %#U\n", 255, 255, 8, 8, 5, 'A', 0x1F600, 'x')
	fmt.Printf("%q %+q %#q %x % x %X\n", "héllo\n", "héllo", "back`tick", "hi", "hi", []byte("hi"))
	fmt.Printf("%6.2f|%-6.1f|%06d|%+d|% d\n", 3.14159, 2.0, -42, 5, 5)
	fmt.Printf("%v %.2v %10.3v|\n", 1+2i, 3.14159+2.71828i, 1.0)
}
