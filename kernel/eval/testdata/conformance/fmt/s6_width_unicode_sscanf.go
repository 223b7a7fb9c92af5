package main

import "fmt"

func main() {
	for _, s := range []string{"go", "héllo", "世界", "😀"} {
		fmt.Printf("|%6s|%-6s|%.1s|%6q|%x|\n", s, s, s, s, s)
	}
	fmt.Printf("|%6v|%-8v|%3v|\n", []int{1, 2}, map[string]int{"a": 1}, true)
	fmt.Printf("|%6.2f|%-8.3e|%+08d|%x|%X|\n", 3.14159, 1234.5, 42, -255, "Hi")
	var name string
	var age int
	var h float64
	n, err := fmt.Sscanf("alice 30 1.75", "%s %d %f", &name, &age, &h)
	fmt.Println(n, err, name, age, h)
	n, err = fmt.Sscanf("x=5,y=7", "x=%d,y=%d", &age, &n)
	fmt.Println(n, err, age)
	var a, b int
	n, err = fmt.Sscan("10 oops", &a, &b)
	fmt.Println(n, err, a)
	var hx int
	var r rune
	fmt.Sscanf("ff Z", "%x %c", &hx, &r)
	fmt.Println(hx, string(r))
	var w1, w2 string
	fmt.Sscanln("one two\nthree", &w1, &w2)
	fmt.Println(w1, w2)
	var q string
	fmt.Sscanf(`"quoted str"`, "%q", &q)
	fmt.Println(q)
}
