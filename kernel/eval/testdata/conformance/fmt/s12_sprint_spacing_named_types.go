package main

import (
	"fmt"
)

type ID int
type Name string
type Flag bool
type Ratio float32
type Bytes []byte
type Grid [2][2]int

func (n Name) String() string { return "«" + string(n) + "»" }

func main() {
	fmt.Println(fmt.Sprint(ID(1), ID(2), Name("a"), Name("b"), 3, "x", "y", 4))
	fmt.Println(fmt.Sprint("a", ID(1), "b"), fmt.Sprint(Flag(true), Flag(false)), fmt.Sprint(Ratio(0.5), Ratio(2)))
	fmt.Printf("%d %x %o %b %c %U %q\n", ID(65), ID(255), ID(8), ID(5), ID(0x4E16), ID(0x4E16), ID(65))
	fmt.Printf("%s %q %x %X % x\n", Bytes("hi"), Bytes("hi"), Bytes("hi"), Name("n"), Bytes("abc"))
	fmt.Printf("%v %+v %#v %T\n", Grid{{1, 2}, {3, 4}}, Grid{}, Grid{{1}}, Grid{})
	fmt.Printf("%t %v %5.2f %e %g\n", Flag(true), Flag(false), Ratio(3.14159), Ratio(1234.5), Ratio(1e-7))
	fmt.Printf("%08.3f|%-8d|%+d|% d|%x\n", Ratio(-1.5), ID(42), ID(3), ID(4), Name("hi"))
	fmt.Printf("%v %d\n", []ID{1, 2}, map[Name]ID{"k": 1})
	fmt.Printf("%#v %#v %#v\n", ID(1), Name("x"), Bytes{1})
	fmt.Printf("%[3]v %[1]v %v\n", ID(1), ID(2), ID(3))
	fmt.Printf("%d %s\n", Name("oops"), ID(7))
	fmt.Println(fmt.Sprintln(Name("z"), ID(9)) == "«z» 9\n")
}
