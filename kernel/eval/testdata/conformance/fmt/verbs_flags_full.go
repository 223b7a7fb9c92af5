package main

import "fmt"

type point struct{ X, Y int }

func main() {
	p := point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v\n", &p, &p, []point{p})
	fmt.Printf("%t|%5t|%-6t|\n", true, false, true)
	fmt.Printf("%d|%+d|%5d|%-5d|%05d|% d|%x|%X|%o|%O|%b|%#x|%#o|%c|%q|%U|%#U\n", 42, 42, 42, 42, -42, 42, 255, 255, 8, 8, 5, 255, 8, 'G', 'G', 0x1F600, 'x')
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%+.1e|%E|%g|%G|%.3g|%x|%08.3f\n", 3.14159, 3.14159, 3.14159, 3.14159, 123456.789, 1e-7, 1e21, 1e-10, 3.14159, 1.0, -3.14159)
	fmt.Printf("%s|%q|%10s|%-10s|%.2s|%x|% x|%X|%#q\n", "go", "go\n", "right", "left", "trunc", "hex", "hex", "hex", "back`tick")
	fmt.Printf("%v|%d|%s|%x|%q\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%p|%v\n", nil, nil)
	fmt.Printf("%v|%.1f|%+.2f\n", 1+2i, 1+2i, -1.5-0.25i)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 5, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 1)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%v %v %v\n", []string(nil), map[string]int(nil), (*int)(nil))
	fmt.Printf("%#v %#v %#v %#v\n", []int(nil), map[string]bool{"a": true}, "s", 1.0)
	fmt.Printf("%x %X % X %#x\n", "héllo", []byte{1, 171}, []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%08b %o %#b\n", 5, -8, 5)
	fmt.Printf("%q %+q %#q %q\n", "日本", "日本", "日本", 'ü')
	fmt.Printf("%e %.0f %.0f %.0f\n", 0.0, 0.5, 1.5, 2.5)
	fmt.Printf("%6.3v|%-8v|%08v\n", 3.14159, "ab", 42)
	fmt.Printf("[%5.1q] [%-4c] [%3c]\n", "abc", 'x', 'y')
	fmt.Printf("%t\n", 1)
	fmt.Printf("%s\n", []any{1, "a", nil})
}
