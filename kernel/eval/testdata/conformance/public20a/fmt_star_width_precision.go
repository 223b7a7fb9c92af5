package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	for w := 0; w < 8; w += 3 {
		fmt.Printf("[%*d]\n", w, 42)
		fmt.Printf("[%-*d]\n", w, 42)
		fmt.Printf("[%.*f]\n", w, 3.14159265)
		fmt.Printf("[%*.*f]\n", w+4, w/2, 2.718281828)
	}
	fmt.Printf("[%*d]\n", -6, 7)
	fmt.Printf("[%.*s]\n", 3, "abcdef")
	fmt.Printf("[%*s]\n", 10, "right")
	fmt.Printf("[%-*s]\n", 10, "left")
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", 4, 7)
	fmt.Printf("[%+.3e]\n", 12345.678)
	fmt.Printf("[%08.3f]\n", -3.14159)
	fmt.Printf("[% d] [% d]\n", 5, -5)
	fmt.Printf("[%+d] [%+d]\n", 5, -5)
	fmt.Printf("[%#x] [%#o] [%#b] [%O]\n", 255, 8, 5, 64)
	fmt.Printf("[%x] [% x] [%#x] [% #x]\n", "hello", "hello", "hi", "hi")
	fmt.Printf("[%X] [% X]\n", []byte{1, 171, 255}, []byte{1, 171, 255})
	fmt.Printf("[%U] [%#U] [%c] [%q]\n", 0x1F600, 'ä', 'G', 'x')
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%v] [%+v] [%#v]\n", P{1, 2}, P{1, 2}, P{1, 2})
	fmt.Printf("[%v] [%+v]\n", &P{3, 4}, []*P{})
	fmt.Printf("[%5t] [%-7t]\n", true, false)
	fmt.Printf("[%10.4v] [%-10.3v]\n", 3.14159, "abcdef")
	fmt.Printf("[%3c|%-3c]\n", 'a', 'b')
	fmt.Printf("[%q] [%+q] [%#q]\n", "héllo\n", "héllo", "back`tick")
	fmt.Printf("%d %s\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3)
	fmt.Printf("[%6.2v]\n", []float64{1.234, 5.678})
	fmt.Printf("[%x] [%X]\n", -255, []int{10, 11})
	fmt.Printf("[%e] [%E] [%g] [%G]\n", 1e21, 1e-7, 1e21, 1e-7)
	fmt.Printf("[%b]\n", 1.0)
	fmt.Printf("[%x] [%.2x]\n", 1.0, 3.5)
	fmt.Printf("[%t]\n", 1)
	fmt.Printf("[%s]\n", 42)
	fmt.Printf("[%d]\n", "s")
	fmt.Printf("[%[2]d %[1]d] [%[3]*.[2]*[1]f]\n", 1, 2, 8)
	fmt.Printf("[%[1]d %[1]x %[1]o %#[1]b]\n", 10)
	fmt.Printf("[%[5]d]\n", 1)
	fmt.Printf("[%v %v]\n", nil, []interface{}{nil, 1, "a"})
}
