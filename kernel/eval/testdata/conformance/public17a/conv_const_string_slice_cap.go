package main

import "fmt"

var global = []byte("glob")

type Bytes []byte

func main() {
	fmt.Println(cap(global), cap(Bytes("xy")), cap([]byte("")), cap([]rune("日本")))
	b := []byte("abc")
	b2 := append(b, 'x')
	b3 := append(b, 'y')
	fmt.Println(string(b2), string(b3))
	const k = "xyz"
	fmt.Println(cap([]byte(k)), cap([]rune(k)), cap([]byte(k+"w")))
	for i := 0; i < 2; i++ {
		c := []byte("ab")
		fmt.Println(string(c), cap(c))
		c[0] = 'X'
	}
	r := []rune("héllo")
	r2 := append(r, '!')
	r[0] = 'H'
	fmt.Println(string(r), string(r2))
}
