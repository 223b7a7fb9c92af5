package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

type Str struct{}

func (Str) String() string { return "str!" }

type Panicky struct{}

func (Panicky) String() string { panic("boom") }

type NilRecv struct{ n int }

func (r *NilRecv) String() string { return fmt.Sprint("n=", r.n) }

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", T{1, "b"})
	fmt.Printf("%d\n", T{1, "b"})
	fmt.Printf("%x\n", T{255, "hi"})
	fmt.Printf("%s %v %d\n", Str{}, Str{}, Str{})
	fmt.Printf("%v\n", Panicky{})
	var nr *NilRecv
	fmt.Printf("%v %s\n", nr, nr)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%v %v\n", errors.New("e1"), fmt.Errorf("wrap: %w", errors.New("e2")))
	fmt.Printf("%w\n", errors.New("no w in printf"))
	fmt.Println(fmt.Sprintf("%6.2f|%-8s|%08.3f|%+d|% d|%x|%X|%#x", 3.14159, "ab", -3.5, 5, 5, "hi", []byte("hi"), 255))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.0, nil, 'x'))
	fmt.Println(fmt.Sprintln("a", 1), "|")
	fmt.Printf("%t %v %08b %e %E %g %G\n", true, false, 5, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%q %+q %#q %x % x\n", "héllo\n", "héllo", "back`tick", "héllo", "abc")
	fmt.Printf("%c %c %U %#U\n", 'A', 0x1F600, 'é', 'é')
	fmt.Printf("%5t|%-5t|%v\n", true, false, []bool{true})
	fmt.Printf("%p\n", nil)
	fmt.Printf("%v %v\n", [3]int{}, [][]int{{1}, nil, {}})
	fmt.Printf("%6.3v|%.2s|%.0f|%.1e\n", 3.14159, "hello", 2.5, 15.0)
}
