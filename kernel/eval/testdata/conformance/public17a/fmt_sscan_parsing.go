package main

import (
	"fmt"
	"strings"
)

func main() {
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("ann 31 1.68", "%s %d %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	var a, b int
	n, err = fmt.Sscan("10\n20", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("5 6\n7", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("x=12,y=abc", "x=%d,y=%d", &a, &b)
	fmt.Println(n, err, a)
	var r rune
	var hex int
	fmt.Sscanf("Z ff", "%c %x", &r, &hex)
	fmt.Println(string(r), hex)
	rd := strings.NewReader("1 2 3 4 five")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(rd, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println(sum)
	var q string
	fmt.Sscanf(`"quoted str" rest`, "%q", &q)
	fmt.Println(q)
	var bl bool
	var u uint8
	_, err = fmt.Sscan("true 300", &bl, &u)
	fmt.Println(bl, u, err)
}
