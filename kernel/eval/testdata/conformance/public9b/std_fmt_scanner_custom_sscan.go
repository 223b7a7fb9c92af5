package main

import (
	"errors"
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	tok, err := state.Token(false, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	_, err = fmt.Sscanf(string(tok), "(%d,%d)", &p.X, &p.Y)
	if err != nil {
		return fmt.Errorf("point %q: %w", tok, err)
	}
	return nil
}

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func main() {
	var a, b Point
	var name string
	n, err := fmt.Sscan("(1,2) (30,-4) origin", &a, &b, &name)
	fmt.Println(n, err, a, b, name)
	var c Point
	_, err = fmt.Sscan("(1;2)", &c)
	fmt.Println(err, errors.Unwrap(err) != nil)
	var i int
	var f float64
	var s string
	n, err = fmt.Sscanf("age=42 ratio=0.75 tag=go", "age=%d ratio=%g tag=%s", &i, &f, &s)
	fmt.Println(n, err, i, f, s)
	n, err = fmt.Sscanf("12 abc", "%d %d", &i, &i)
	fmt.Println(n, err)
	var x, y int
	n, err = fmt.Sscanln("5 6\n7", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanln("5\n6", &x, &y)
	fmt.Println(n, err)
	var h int
	var r rune
	fmt.Sscanf("ff Z", "%x %c", &h, &r)
	fmt.Println(h, string(r))
	rd := strings.NewReader("10 20 30 x")
	sum := 0
	for {
		var v int
		if _, err := fmt.Fscan(rd, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
	var pts []Point
	rd = strings.NewReader("(1,1)\n(2,2)\n(3,3)")
	for {
		var p Point
		if _, err := fmt.Fscanln(rd, &p); err != nil {
			break
		}
		pts = append(pts, p)
	}
	fmt.Println(pts)
}
