package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("Alice 30 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	n, err = fmt.Sscanf("age=42;", "age=%d;", &age)
	fmt.Println(n, err, age)
	var h, m, s int
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &h, &m, &s)
	fmt.Println(n, err, h, m, s)
	var x int
	n, err = fmt.Sscanf("0x1F", "%x", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("1F", "%x", &x)
	fmt.Println(n, err, x)
	n, err = fmt.Sscanf("777", "%o", &x)
	fmt.Println(n, err, x)
	var b bool
	var c rune
	n, err = fmt.Sscanf("true Z", "%t %c", &b, &c)
	fmt.Println(n, err, b, string(c))
	var q string
	n, err = fmt.Sscanf(`"quoted str" rest`, "%q", &q)
	fmt.Println(n, err, q)
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &x)
	fmt.Println(n, err, x)
	var a1, a2 int
	n, err = fmt.Sscan("10\n20", &a1, &a2)
	fmt.Println(n, err, a1, a2)
	n, err = fmt.Sscanln("10\n20", &a1, &a2)
	fmt.Println(n, err, a1)
	var p Point
	n, err = fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var pts [2]Point
	n, err = fmt.Sscanf("(1,2) (5,6)", "%v %v", &pts[0], &pts[1])
	fmt.Println(n, err, pts)
	var w1, w2 string
	n, err = fmt.Sscanf("key:value", "%5s:%s", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	var f32 float32
	var u8 uint8
	n, err = fmt.Sscan("3.25 255", &f32, &u8)
	fmt.Println(n, err, f32, u8)
	n, err = fmt.Sscan("256", &u8)
	fmt.Println(n, err, u8)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	r := strings.NewReader("1 2 3\n4 5 6\n")
	total := 0
	for {
		var v int
		if _, err := fmt.Fscan(r, &v); err != nil {
			fmt.Println("stop:", err)
			break
		}
		total += v
	}
	fmt.Println(total)
	var cx complex128
	n, err = fmt.Sscan("(1+2i)", &cx)
	fmt.Println(n, err, cx)
	var ip *int
	n, err = fmt.Sscan("5", ip)
	fmt.Println(n, err)
}
