package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Celsius float64

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	state.SkipSpace()
	tok, err := state.Token(false, func(r rune) bool { return r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	s := strings.Trim(string(tok), "()")
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return fmt.Errorf("bad point %q", tok)
	}
	x, err := strconv.Atoi(parts[0])
	if err != nil {
		return err
	}
	y, err := strconv.Atoi(parts[1])
	if err != nil {
		return err
	}
	p.X, p.Y = x, y
	return nil
}

type Level int

func main() {
	var name string
	var age int
	var temp Celsius
	var lv Level
	n, err := fmt.Sscanf("ann 31 36.6 4", "%s %d %g %d", &name, &age, &temp, &lv)
	fmt.Println(n, err, name, age, temp, lv)
	var p1, p2 Point
	n, err = fmt.Sscan("(1,2) (30,-4)", &p1, &p2)
	fmt.Println(n, err, p1, p2)
	n, err = fmt.Sscan("(1;2)", &p1)
	fmt.Println(n, err)
	var a, b int
	n, err = fmt.Sscanf("10-20", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=5", "y=%d", &a)
	fmt.Println(n, err)
	var words []string
	r := strings.NewReader("alpha beta\ngamma")
	for {
		var w string
		if _, err := fmt.Fscan(r, &w); err != nil {
			fmt.Println("stop:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Println(words)
	var hx int
	var bs []byte
	fmt.Sscanf("ff hello", "%x %s", &hx, &bs)
	fmt.Println(hx, string(bs))
	var ok bool
	var c rune
	fmt.Sscanf("true Z", "%t %c", &ok, &c)
	fmt.Println(ok, string(c))
}
