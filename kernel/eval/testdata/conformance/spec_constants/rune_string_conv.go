package main

import "fmt"

const r = '世'
const s = "héllo, 世界"

type Name string

const greeting Name = "hi"

func main() {
	fmt.Println(r, string(r), string(rune(65)), string(rune(0x10FFFF+1)) == "\uFFFD")
	fmt.Println(len(s), s[1], s[0:1], len("世"))
	fmt.Printf("%T %T %v\n", r, 'a'+1, 'a'+1)
	fmt.Println([]byte("ab"), []rune("世界"))
	var b byte = 'A'
	fmt.Println(b, byte('z'-'a'), rune(b)+1)
	fmt.Println(greeting+" there", len(greeting), greeting[0])
	fmt.Printf("%T %q\n", greeting+"!", greeting)
	const cat = "a" + "b" + `c`
	fmt.Println(cat, cat < "abd", "x" > "abc")
	fmt.Println(s[len(s)-1], "abc"[2])
}
