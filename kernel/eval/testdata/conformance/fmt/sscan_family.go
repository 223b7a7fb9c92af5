package main

import (
	"fmt"
	"strings"
)

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("Kim is 22 years old", "%s is %d years old", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b int
	var s string
	n, err = fmt.Sscan("10 20\nthirty", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	var f float64
	var x int
	var r rune
	n, err = fmt.Sscanf("3.5 ff Z", "%g %x %c", &f, &x, &r)
	fmt.Println(n, err, f, x, string(r))
	var q string
	fmt.Sscanf(`"quoted str" rest`, "%q", &q)
	fmt.Println(q)
	_, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(err)
	var t bool
	var u uint8
	fmt.Sscan("true 255", &t, &u)
	fmt.Println(t, u)
	_, err = fmt.Sscan("256", &u)
	fmt.Println(err)
	rd := strings.NewReader("5 apples\n7 pears\n")
	for {
		var cnt int
		var fruit string
		if _, err := fmt.Fscanln(rd, &cnt, &fruit); err != nil {
			break
		}
		fmt.Println(fruit, cnt)
	}
	var h, m2 int
	fmt.Sscanf("12:34", "%d:%d", &h, &m2)
	fmt.Println(h, m2)
	var w1, w2 string
	fmt.Sscanf("abcdef", "%3s%s", &w1, &w2)
	fmt.Println(w1, w2)
}
