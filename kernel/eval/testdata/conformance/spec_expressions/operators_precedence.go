package main

import "fmt"

func main() {
	fmt.Println(2+3*4, (2+3)*4, 10-2-3, 2*3%4, 1<<2+1, 7&3|8, 5^1&3)
	a, b := true, false
	fmt.Println(a || b && false, !a || b, a != b)
	x := 5
	y := -x
	z := ^x
	w := +x
	fmt.Println(y, z, w, -(-x))
	fmt.Println("ab" < "b", "abc" >= "abc", 1.5 > 1)
	var u uint8 = 200
	fmt.Println(u+100, u*2, -u)
}
