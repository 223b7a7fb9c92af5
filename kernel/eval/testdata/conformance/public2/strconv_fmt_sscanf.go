package main

import (
	"fmt"
	"strings"
)

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("Alice 30", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b int
	fmt.Sscan("7 8", &a, &b)
	fmt.Println(a + b)
	var f float64
	var w string
	fmt.Sscanf("3.5kg", "%f%s", &f, &w)
	fmt.Println(f, w)
	r := strings.NewReader("10 20\n30 40\n")
	sum := 0
	for {
		var x, y int
		if _, err := fmt.Fscanln(r, &x, &y); err != nil {
			break
		}
		sum += x * y
	}
	fmt.Println(sum)
	_, err = fmt.Sscanf("abc", "%d", &a)
	fmt.Println(err)
	s := fmt.Sprintln("a", 1, true)
	fmt.Printf("%q\n", s)
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c"), fmt.Sprint(1, 2), fmt.Sprint("x", 3))
	e := fmt.Errorf("wrapped %d: %w", 3, fmt.Errorf("inner"))
	fmt.Println(e)
	fmt.Printf("%v|%6v|%-6v|%06d|%x|%X|%#o|%b\n", 42, 42, 42, -42, 3735928559, "hi", 8, -5)
	fmt.Printf("%e|%E|%.3g|%g|%g|%G\n", 1234.5678, 0.000123, 1234.5678, 1e21, 1e-7, 2.5e-10)
	fmt.Printf("%q|%+q|%#q|%x|%U|%#U\n", "日本\t", "日本", "back`tick", "日", '⌘', '⌘')
	fmt.Printf("%v|%.2v|%8.3v|\n", 3.14159, 3.14159, 3.14159)
	fmt.Printf("%t|%5t|%v\n", false, true, []bool{true})
	fmt.Printf("%c|%q|%d\n", 65, 65, 'A')
	fmt.Printf("%v %v\n", complex(1, -2), 2i*2i)
	fmt.Printf("%08b|%-8b|%o|%O\n", 5, 5, 64, 64)
	fmt.Printf("%s|%v|%d\n", []string{"a"}, [2]int{1, 2}, []int32{1})
	fmt.Printf("%x|% X|%#x\n", []byte{1, 171}, []byte{1, 171}, []byte{1, 171})
}
