package main

import "fmt"

type Level int

type Name string

type Ratio float64

type Flags uint8

type Pt struct{ X, Y int }

type pair struct {
	a int
	b string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Code string

func (c Code) String() string { return "code:" + string(c) }

type Box struct{ W, H int }

func (b Box) String() string { return fmt.Sprintf("%dx%d", b.W, b.H) }

func main() {
	l, n, r, f := Level(3), Name("ann"), Ratio(0.5), Flags(5)
	fmt.Printf("%T %T %T %T\n", l, n, r, f)
	fmt.Printf("%v %d %x %o %b %c %q %U\n", l, l, l, l, l, l+62, l+62, l)
	fmt.Printf("%s|%d|%t|%p\n", l, n, r, f)
	fmt.Printf("%v %s %q %x %X %10s|%-6q|\n", n, n, n, n, n, n, n)
	fmt.Printf("%v %.3f %e %g %s\n", r, r, r, r, r)
	fmt.Printf("%#v %#v %#v %#v\n", l, n, r, f)
	p := Pt{1, 2}
	fmt.Printf("%v %+v %#v %T %d %s\n", p, p, p, p, p, p)
	q := pair{1, "x"}
	fmt.Printf("%v %+v %#v %T\n", q, q, q, q)
	t, c, b := Temp(21.55), Code("x1"), Box{2, 3}
	fmt.Printf("%T %T %T\n", t, c, b)
	fmt.Printf("%v %s %q %d %x %.2f %t\n", t, t, t, t, t, t, t)
	fmt.Printf("%v %s %q %x %d\n", c, c, c, c, c)
	fmt.Printf("%v %s %+v %#v %d %q\n", b, b, b, b, b, b)
	fmt.Printf("%#v %#v\n", t, c)
	fmt.Println(l, n, r, f, p, q, t, c, b)
	fmt.Print(l, n, t, "|", c, b, "\n")
	fmt.Printf("%d %s\n", l)
	fmt.Printf("%d\n", l, t)
	fmt.Printf("%!\n", t)
	s := fmt.Sprintf("%v/%v/%v", t, c, b)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint(t, c), fmt.Sprintln(b, l))
	e := fmt.Errorf("bad %v %d %s", t, l, b)
	fmt.Println(e)
}
