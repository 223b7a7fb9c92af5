package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("alice 30 1.68", "%s %d %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	n, err = fmt.Sscanf("x=5,y=7", "x=%d,y=%d", &age, &n)
	fmt.Println(n, err, age)
	var a, b, c int
	n, err = fmt.Sscan("1 2\n3", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanln("4 5\n6", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscan("7 eight", &a, &b)
	fmt.Println(n, err, a)
	var r rune
	var s2 string
	fmt.Sscanf("Z rest", "%c %s", &r, &s2)
	fmt.Println(string(r), s2)
	var hx, oc int
	fmt.Sscanf("ff 17", "%x %o", &hx, &oc)
	fmt.Println(hx, oc)
	var bb bool
	var q string
	fmt.Sscanf(`true "quoted str"`, "%t %q", &bb, &q)
	fmt.Println(bb, q)
	in := bufio.NewReader(strings.NewReader("3\n10 20 30\nhello world\n"))
	var cnt int
	fmt.Fscan(in, &cnt)
	sum := 0
	for i := 0; i < cnt; i++ {
		var x int
		fmt.Fscan(in, &x)
		sum += x
	}
	fmt.Println("sum", sum)
	var w1, w2 string
	fmt.Fscanln(in)
	fmt.Fscanln(in, &w1, &w2)
	fmt.Println(w1, w2)
	_, err = fmt.Sscan("", &a)
	fmt.Println(err)
	_, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(err)
	var u8 uint8
	_, err = fmt.Sscan("300", &u8)
	fmt.Println(u8, err)
	var f32 float32
	fmt.Sscan("3.25e2", &f32)
	fmt.Println(f32)
	var by []byte
	fmt.Sscan("bytes!", &by)
	fmt.Println(string(by), len(by))
}
