package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

type Point struct{ X, Y int }

// Scan implements fmt.Scanner: "(x,y)".
func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	tok, err := st.Token(false, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	_, err = fmt.Sscanf(string(tok), "(%d,%d)", &p.X, &p.Y)
	if err != nil {
		return fmt.Errorf("point %q: %w", tok, err)
	}
	return nil
}

type Flag bool

func (f *Flag) Scan(st fmt.ScanState, verb rune) error {
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	switch r {
	case 'y', 'Y':
		*f = true
	case 'n', 'N':
		*f = false
	default:
		return errors.New("want y or n")
	}
	return nil
}

func main() {
	var c Celsius
	var name string
	n, err := fmt.Sscan("21.5 kitchen", &c, &name)
	fmt.Println(n, err, c, name)
	var p, q Point
	var f Flag
	n, err = fmt.Sscan("(1,2) (30,-4) y", &p, &q, &f)
	fmt.Println(n, err, p, q, f)
	n, err = fmt.Sscan("(1;2)", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("temp=19.25 ok=N", "temp=%g ok=%v", &c, &f)
	fmt.Println(n, err, c, f)
	var a, b int
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	r := strings.NewReader("(5,6) (7,8)\n")
	var pts []Point
	for {
		var pt Point
		if _, err := fmt.Fscan(r, &pt); err != nil {
			fmt.Println("stop:", err)
			break
		}
		pts = append(pts, pt)
	}
	fmt.Println(pts)
	var u uint8
	_, err = fmt.Sscan("300", &u)
	fmt.Println(err)
}
