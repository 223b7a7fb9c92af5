package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Celsius float64
type Level int
type Name string

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

type Temps []Celsius

func (t *Temps) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		var c Celsius
		if _, err := fmt.Sscan(f, &c); err != nil {
			return fmt.Errorf("bad temp %q: %w", f, err)
		}
		*t = append(*t, c)
	}
	return nil
}

func main() {
	var c Celsius
	var l Level
	var n Name
	k, err := fmt.Sscan("36.6 3 ada", &c, &l, &n)
	fmt.Println(k, err, c, l, n)
	var p Point
	k, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(k, err, p)
	var p2 Point
	var word string
	k, err = fmt.Sscanf("pt (5,-6) end", "pt %v %s", &p2, &word)
	fmt.Println(k, err, p2, word)
	var ts Temps
	fmt.Println(ts.Set("1.5,2,-3.25"), ts)
	fmt.Println(ts.Set("4,x"), ts)
	sc := bufio.NewScanner(strings.NewReader("10 20\n30 x\n"))
	for sc.Scan() {
		var a, b Level
		k, err := fmt.Sscanf(sc.Text(), "%d %d", &a, &b)
		fmt.Println(k, err, a+b)
	}
	var h Level
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
}
