package main

import "fmt"

type P struct {
	X int
	s string
	Q *P
}

func main() {
	p := P{1, "a", nil}
	fmt.Printf("%v\n%+v\n", p, p)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%x %X %o %O %b %c %U\n", 255, 255, 8, 8, 5, 0x4E16, 0x4E16)
	fmt.Printf("|%5d|%-5d|%05d|%+d|% d|\n", 42, 42, 42, 42, 42)
	fmt.Printf("|%8.3f|%-8.2f|%08.3f|%.0f|\n", 3.14159, 2.5, -3.14159, 2.5)
	fmt.Printf("|%10s|%-10s|%.2s|%q|%x|\n", "go", "go", "golang", "go\n", "go")
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%T %T %T %T\n", nil, []interface{}{1}, map[string][]int{}, struct{ a int }{})
	fmt.Printf("%v %d %s\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%x % x %X\n", "hello", []byte{1, 171}, []int{10, 11})
	fmt.Printf("%6.2v|%v|%.3v\n", 3.14159, 1e21, "abcdef")
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%*d|%-*d|\n", 5, 1, 4, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("a", 1))
	var ip *int
	fmt.Printf("%v %d\n", ip, []*int{nil})
	fmt.Printf("%v %+v\n", struct {
		A []int
		M map[string]int
	}{}, struct{ E error }{})
}
